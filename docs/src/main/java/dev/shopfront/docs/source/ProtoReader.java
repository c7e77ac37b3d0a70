package dev.shopfront.docs.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the declarations the diagrams need from a {@code .proto} file: package, services
 * with their rpcs, top-level messages with field names and leading comment. Proto syntax
 * at this level is regular (one declaration per line in this repository), so line-based
 * reading is exact; protoc itself would need the generated code the generator must not
 * depend on.
 */
public final class ProtoReader {

	private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;");

	private static final Pattern SERVICE = Pattern.compile("^service\\s+(\\w+)\\s*\\{");

	private static final Pattern RPC = Pattern.compile(
			"^rpc\\s+(\\w+)\\s*\\(\\s*(?:stream\\s+)?([\\w.]+)\\s*\\)\\s*returns\\s*\\(\\s*(?:stream\\s+)?([\\w.]+)\\s*\\)");

	private static final Pattern MESSAGE = Pattern.compile("^message\\s+(\\w+)\\s*\\{(\\s*})?");

	private static final Pattern FIELD = Pattern
		.compile("^(?:repeated\\s+|optional\\s+)?[\\w.]+\\s+(\\w+)\\s*=\\s*\\d+");

	public ProtoFile read(String file, String text) {
		String packageName = "";
		List<ProtoFile.Service> services = new ArrayList<>();
		List<ProtoFile.Message> messages = new ArrayList<>();
		List<String> comment = new ArrayList<>();
		String service = null;
		List<ProtoFile.Rpc> rpcs = new ArrayList<>();
		String message = null;
		List<String> fields = new ArrayList<>();
		String messageComment = "";
		int depth = 0;
		for (String raw : text.split("\n")) {
			String line = raw.strip();
			Matcher matcher;
			if (depth == 0 && line.startsWith("//")) {
				comment.add(line.substring(2).strip());
				continue;
			}
			if (depth == 0 && (matcher = PACKAGE.matcher(line)).find()) {
				packageName = matcher.group(1);
			}
			else if (depth == 0 && (matcher = SERVICE.matcher(line)).find()) {
				service = matcher.group(1);
				rpcs = new ArrayList<>();
			}
			else if (depth == 0 && (matcher = MESSAGE.matcher(line)).find()) {
				if (matcher.group(2) != null) {
					messages.add(new ProtoFile.Message(matcher.group(1), List.of(), String.join(" ", comment)));
					comment.clear();
					continue;
				}
				message = matcher.group(1);
				fields = new ArrayList<>();
				messageComment = String.join(" ", comment);
			}
			else if (depth == 1 && service != null && (matcher = RPC.matcher(line)).find()) {
				rpcs.add(new ProtoFile.Rpc(matcher.group(1), matcher.group(2), matcher.group(3)));
			}
			else if (depth == 1 && message != null && (matcher = FIELD.matcher(line)).find()) {
				fields.add(matcher.group(1));
			}
			comment.clear();
			depth += count(line, '{') - count(line, '}');
			if (depth == 0 && service != null) {
				services.add(new ProtoFile.Service(service, List.copyOf(rpcs)));
				service = null;
			}
			if (depth == 0 && message != null) {
				messages.add(new ProtoFile.Message(message, List.copyOf(fields), messageComment));
				message = null;
			}
		}
		return new ProtoFile(file, packageName, services, messages);
	}

	private static int count(String line, char wanted) {
		String code = line.contains("//") ? line.substring(0, line.indexOf("//")) : line;
		return (int) code.chars().filter((c) -> c == wanted).count();
	}

}
