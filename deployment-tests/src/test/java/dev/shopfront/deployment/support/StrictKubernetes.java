package dev.shopfront.deployment.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * Rendered manifests parsed into fabric8's typed Kubernetes model, strictly. fabric8
 * keeps unknown fields in {@code additionalProperties} and unknown kinds as
 * {@link GenericKubernetesResource} without complaint; here either is an error, so a
 * misspelt field or an apiVersion/kind that does not exist fails the test.
 */
public final class StrictKubernetes {

	private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

	private StrictKubernetes() {
	}

	/** Every object of a multi-document manifest, or an error naming each problem. */
	public static List<HasMetadata> parse(String manifest) {
		List<HasMetadata> objects = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (String document : manifest.split("(?m)^---\\s*$")) {
			if (Yaml.readAll(document).isEmpty()) {
				continue;
			}
			KubernetesResource resource = SERIALIZATION.unmarshal(document);
			String name = describe(resource);
			if (resource instanceof GenericKubernetesResource) {
				problems.add(name + ": unknown apiVersion/kind");
				continue;
			}
			problems.addAll(unknownFields(resource, name));
			objects.add((HasMetadata) resource);
		}
		if (!problems.isEmpty()) {
			throw new AssertionError("Objects Kubernetes would reject:\n  " + String.join("\n  ", problems));
		}
		return objects;
	}

	/** Paths of fields the model does not know, anywhere in {@code object}. */
	public static List<String> unknownFields(Object object, String path) {
		List<String> problems = new ArrayList<>();
		walk(object, path, problems, new IdentityHashMap<>());
		return problems;
	}

	private static void walk(Object object, String path, List<String> problems, Map<Object, Boolean> seen) {
		if (object == null || seen.put(object, Boolean.TRUE) != null) {
			return;
		}
		if (object instanceof Collection<?> collection) {
			int index = 0;
			for (Object element : collection) {
				walk(element, path + "[" + index++ + "]", problems, seen);
			}
			return;
		}
		if (object instanceof Map<?, ?> map) {
			map.forEach((key, value) -> walk(value, path + "." + key, problems, seen));
			return;
		}
		if (!object.getClass().getName().startsWith("io.fabric8.")) {
			return;
		}
		for (Method getter : object.getClass().getMethods()) {
			if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
					|| getter.getDeclaringClass() == Object.class || !getter.getName().startsWith("get")) {
				continue;
			}
			Object value = invoke(getter, object);
			if (getter.getName().equals("getAdditionalProperties")) {
				if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
					problems.add(path + ": unknown field(s) " + extra.keySet());
				}
				continue;
			}
			String field = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
			walk(value, path + "." + field, problems, seen);
		}
	}

	private static Object invoke(Method getter, Object target) {
		try {
			return getter.invoke(target);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			return null;
		}
	}

	private static String describe(KubernetesResource resource) {
		if (resource instanceof HasMetadata object) {
			return object.getKind() + "/" + (object.getMetadata() != null ? object.getMetadata().getName() : "?");
		}
		return resource.getClass().getSimpleName();
	}

}
