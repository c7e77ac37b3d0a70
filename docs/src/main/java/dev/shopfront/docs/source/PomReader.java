package dev.shopfront.docs.source;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads a POM with the JDK's XML parser: artifactId, modules, direct dependencies and
 * build plugins (those under {@code build/plugins}, not plugin management).
 */
public final class PomReader {

	/** What one POM declares. */
	public record Pom(String file, String artifactId, List<String> modules, List<Coordinate> dependencies,
			List<Coordinate> plugins) {

	}

	/**
	 * groupId:artifactId with the scope ("compile" when not given; plugins have none).
	 */
	public record Coordinate(String groupId, String artifactId, String scope) {

	}

	public Pom read(String file, String xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			Document document = factory.newDocumentBuilder()
				.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
			Element project = document.getDocumentElement();
			List<String> modules = texts(child(project, "modules"), "module");
			List<Coordinate> dependencies = coordinates(child(project, "dependencies"), "dependency");
			List<Coordinate> plugins = coordinates(child(child(project, "build"), "plugins"), "plugin");
			return new Pom(file, text(project, "artifactId"), modules, dependencies, plugins);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot read " + file, ex);
		}
	}

	private static List<Coordinate> coordinates(Element parent, String name) {
		List<Coordinate> coordinates = new ArrayList<>();
		for (Element element : children(parent, name)) {
			String group = text(element, "groupId");
			String scope = text(element, "scope");
			coordinates.add(new Coordinate(group.isEmpty() ? "org.apache.maven.plugins" : group,
					text(element, "artifactId"), scope.isEmpty() ? "compile" : scope));
		}
		return coordinates;
	}

	private static List<String> texts(Element parent, String name) {
		return children(parent, name).stream().map((element) -> element.getTextContent().strip()).toList();
	}

	private static String text(Element parent, String name) {
		Element child = child(parent, name);
		return (child != null) ? child.getTextContent().strip() : "";
	}

	private static Element child(Element parent, String name) {
		List<Element> children = children(parent, name);
		return children.isEmpty() ? null : children.get(0);
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> children = new ArrayList<>();
		if (parent == null) {
			return children;
		}
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE && nodes.item(i).getNodeName().equals(name)) {
				children.add((Element) nodes.item(i));
			}
		}
		return children;
	}

}
