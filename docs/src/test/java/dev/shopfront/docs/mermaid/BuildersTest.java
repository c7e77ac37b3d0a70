package dev.shopfront.docs.mermaid;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.shopfront.docs.model.Source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class BuildersTest {

	private static final Source HERE = new Source("a.yml", 3);

	@Test
	void escapesWhatMermaidReadsAsSyntaxOrMath() {
		assertThat(Text.label("awk '{printf \"%s\", $$1}' | x; #1 <b>"))
			.isEqualTo("awk '#123;printf #quot;%s#quot;, #36;#36;1#125;' #124; x#59; #35;1 #lt;b#gt;");
	}

	@Test
	void wrapsLongLabelsAtWordsAndKeepsLineBreaks() {
		assertThat(Text.label("one two three four five six seven eight nine ten\nnext"))
			.isEqualTo("one two three four five six seven eight<br/>nine ten<br/>next");
	}

	@Test
	void givesEveryKeyItsOwnIdEvenWhenTheyLookAlike() {
		Flowchart chart = Flowchart.leftToRight();
		chart.node("a-b", "first", Flowchart.Shape.BOX, HERE).node("a.b", "second", Flowchart.Shape.BOX, HERE);
		chart.node("end", "a keyword", Flowchart.Shape.BOX, HERE);
		assertThat(chart.render()).contains("a_b[\"first\"]")
			.contains("a_b_2[\"second\"]")
			.contains("end_[\"a keyword\"]");
	}

	@Test
	void drawsADuplicateEdgeOnceWithTheSourcesOfBoth() {
		Flowchart chart = Flowchart.leftToRight();
		chart.node("x", "x", Flowchart.Shape.BOX, HERE).node("y", "y", Flowchart.Shape.BOX, HERE);
		chart.edge("x", "y", "calls", Flowchart.Line.SOLID, new Source("b.java", 1));
		chart.edge("x", "y", "calls", Flowchart.Line.SOLID, new Source("c.java", 2));
		assertThat(chart.render()).containsOnlyOnce("x -->|\"calls\"| y");
		assertThat(chart.files()).containsExactly("a.yml", "b.java", "c.java");
	}

	@Test
	void drawsBranchesAndReturnsAndRefusesAnUnclosedBlock() {
		Sequence sequence = new Sequence();
		sequence.participant("h", "Handler", HERE).participant("p", "Port", HERE);
		sequence.call("h", "p", "reserve()", List.of(HERE));
		sequence.alt("reserved").reply("p", "h", "ok", List.of(HERE)).orElse("refused");
		sequence.call("h", "p", "release()", List.of(HERE)).end();
		assertThat(sequence.render()).contains("h->>p: reserve()")
			.contains("alt reserved\n")
			.contains("p-->>h: ok")
			.contains("else refused\n")
			.contains("end\n");
		sequence.opt("never closed");
		assertThatIllegalStateException().isThrownBy(sequence::render);
	}

}
