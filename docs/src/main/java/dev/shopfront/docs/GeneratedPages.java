package dev.shopfront.docs;

import java.util.Map;
import java.util.TreeMap;

import dev.shopfront.docs.model.MarkdownRenderer;
import dev.shopfront.docs.model.Page;
import dev.shopfront.docs.source.ArchitectureConfig;
import dev.shopfront.docs.source.RepositoryFiles;

/**
 * The pages of a repository as Markdown text, by file name: what the generator writes and
 * what the drift test compares with the committed files.
 */
public final class GeneratedPages {

	private GeneratedPages() {
	}

	public static Map<String, String> of(RepositoryFiles files) {
		return of(files, ArchitectureConfig.defaults(files));
	}

	public static Map<String, String> of(RepositoryFiles files, ArchitectureConfig config) {
		MarkdownRenderer renderer = new MarkdownRenderer();
		Map<String, String> pages = new TreeMap<>();
		for (Page page : new Catalogue(files, config).pages()) {
			pages.put(page.fileName(), renderer.render(page));
		}
		return pages;
	}

}
