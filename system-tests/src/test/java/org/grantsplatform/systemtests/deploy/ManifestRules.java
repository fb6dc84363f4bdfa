package org.grantsplatform.systemtests.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The rules one kustomize build of {@code deploy/k8s} must meet, checked on construction; each broken one is a
 * line of {@link #problems()}. The rules are those a cluster would only reveal at apply or at run time: objects
 * out of the namespace, workloads without limits, probes or a non-root user, references to ConfigMaps, Secrets,
 * ServiceAccounts and Services that nothing creates, selectors that select nothing.
 */
final class ManifestRules {

    static final String NAMESPACE = "grants-platform";
    /** The three services and the portal: every build deploys each of them. */
    static final List<String> APPLICATIONS = List.of("associations-service", "grants-service", "reporting-service", "portal");

    /**
     * What the build refers to but does not contain, by kind: each made by an operator or by the person who
     * installs the platform. deploy/k8s/README.md must name every one (the test holds it to that), and a name no
     * build refers to any more must go.
     */
    static final Map<String, Set<String>> MADE_OUTSIDE = Map.of(
            "Secret", Set.of(
                    // CloudNativePG, when it bootstraps each service's database
                    "associations-db-app", "grants-db-app", "reporting-db-app",
                    // by hand (README, "Secrets"): the user-directory clients' secrets, the portal's secrets, the certificate
                    "associations-service-directory", "grants-service-directory", "portal-secrets", "grants-platform-tls"),
            // the Keycloak Operator, for the Keycloak resource
            "Service", Set.of("keycloak-service"));

    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "IngressClass", "PriorityClass", "StorageClass");
    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet");
    private static final Pattern QUANTITY = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)(m|k|M|G|T|Ki|Mi|Gi|Ti)?");
    private static final Map<String, BigDecimal> UNITS = Map.of(
            "m", new BigDecimal("0.001"), "k", BigDecimal.TEN.pow(3), "M", BigDecimal.TEN.pow(6),
            "G", BigDecimal.TEN.pow(9), "T", BigDecimal.TEN.pow(12), "Ki", BigDecimal.valueOf(1L << 10),
            "Mi", BigDecimal.valueOf(1L << 20), "Gi", BigDecimal.valueOf(1L << 30), "Ti", BigDecimal.valueOf(1L << 40));

    private final List<JsonNode> objects;
    private final Map<String, JsonNode> byId = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final Set<String> referencedOutside = new TreeSet<>();

    /** {@code production}: images must name a release (a tag other than latest, or a digest). */
    ManifestRules(List<JsonNode> objects, boolean production) {
        this.objects = objects;
        identities();
        for (String application : APPLICATIONS) {
            if (!byId.containsKey("Deployment/" + application)) {
                problems.add("no Deployment " + application);
            }
        }
        for (JsonNode workload : ofKind(WORKLOADS)) {
            workload(workload);
        }
        for (JsonNode service : ofKind(Set.of("Service"))) {
            service(service);
        }
        for (JsonNode budget : ofKind(Set.of("PodDisruptionBudget"))) {
            if (selected(budget.path("spec").path("selector").path("matchLabels")).isEmpty()) {
                problem(budget, "selects " + budget.path("spec").path("selector") + ", the pods of no workload");
            }
        }
        for (JsonNode autoscaler : ofKind(Set.of("HorizontalPodAutoscaler"))) {
            JsonNode target = autoscaler.path("spec").path("scaleTargetRef");
            if (!byId.containsKey(text(target, "kind") + "/" + text(target, "name"))) {
                problem(autoscaler, "scales " + text(target, "kind") + " " + text(target, "name") + ", which is not in the build");
            }
        }
        for (JsonNode ingress : ofKind(Set.of("Ingress"))) {
            ingress(ingress);
        }
        if (production) {
            for (JsonNode object : objects) {
                releaseImages(object, object);
            }
        }
    }

    List<String> problems() {
        return problems;
    }

    /** "Kind/name" of each object of {@link #MADE_OUTSIDE} that the build refers to. */
    Set<String> referencedOutside() {
        return referencedOutside;
    }

    private void identities() {
        for (JsonNode object : objects) {
            String kind = text(object, "kind");
            String name = text(object.path("metadata"), "name");
            String namespace = text(object.path("metadata"), "namespace");
            if (text(object, "apiVersion").isEmpty() || kind.isEmpty() || name.isEmpty()) {
                problem(object, "lacks apiVersion, kind or metadata.name");
            }
            if (CLUSTER_SCOPED.contains(kind) ? !namespace.isEmpty() : !NAMESPACE.equals(namespace)) {
                problem(object, "is in namespace \"" + namespace + "\", not " + (CLUSTER_SCOPED.contains(kind)
                        ? "cluster-scoped" : NAMESPACE));
            }
            if (byId.putIfAbsent(id(object), object) != null) {
                problem(object, "is defined twice");
            }
        }
        if (!byId.containsKey("Namespace/" + NAMESPACE)) {
            problems.add("no Namespace " + NAMESPACE);
        }
    }

    private void workload(JsonNode workload) {
        JsonNode pod = workload.path("spec").path("template").path("spec");
        for (String list : List.of("initContainers", "containers")) {
            for (JsonNode container : pod.path(list)) {
                container(workload, pod, container, list.equals("containers"));
            }
        }
        String account = text(pod, "serviceAccountName");
        if (!account.isEmpty()) {
            refer(workload, "serviceAccountName", "ServiceAccount", account);
        }
        for (JsonNode pullSecret : pod.path("imagePullSecrets")) {
            refer(workload, "imagePullSecrets", "Secret", text(pullSecret, "name"));
        }
        for (JsonNode volume : pod.path("volumes")) {
            String where = "volume " + text(volume, "name");
            referOptional(workload, where, "ConfigMap", volume.path("configMap"), "name");
            referOptional(workload, where, "Secret", volume.path("secret"), "secretName");
            for (JsonNode source : volume.path("projected").path("sources")) {
                referOptional(workload, where, "ConfigMap", source.path("configMap"), "name");
                referOptional(workload, where, "Secret", source.path("secret"), "name");
            }
        }
    }

    private void container(JsonNode workload, JsonNode pod, JsonNode container, boolean main) {
        String where = "container " + text(container, "name");
        if (text(container, "image").isEmpty()) {
            problem(workload, where + " has no image");
        }
        resources(workload, where, container.path("resources"));
        if (main) {
            for (String probe : List.of("readinessProbe", "livenessProbe")) {
                if (!container.has(probe)) {
                    problem(workload, where + " has no " + probe);
                } else {
                    probePort(workload, where + " " + probe, container, container.path(probe));
                }
            }
        }
        security(workload, where, pod.path("securityContext"), container.path("securityContext"));
        for (JsonNode from : container.path("envFrom")) {
            referOptional(workload, where + " envFrom", "ConfigMap", from.path("configMapRef"), "name");
            referOptional(workload, where + " envFrom", "Secret", from.path("secretRef"), "name");
        }
        for (JsonNode variable : container.path("env")) {
            String env = where + " env " + text(variable, "name");
            referOptional(workload, env, "ConfigMap", variable.path("valueFrom").path("configMapKeyRef"), "name");
            referOptional(workload, env, "Secret", variable.path("valueFrom").path("secretKeyRef"), "name");
        }
    }

    /**
     * Requests and limits of CPU and memory, the request within the limit: the scheduler places pods by their
     * requests, and the JVM sizes its heap from the memory limit.
     */
    private void resources(JsonNode workload, String where, JsonNode resources) {
        for (String resource : List.of("cpu", "memory")) {
            String request = text(resources.path("requests"), resource);
            String limit = text(resources.path("limits"), resource);
            if (request.isEmpty() || limit.isEmpty()) {
                problem(workload, where + " lacks a " + resource + " request or limit");
                continue;
            }
            BigDecimal requested = quantity(request);
            BigDecimal limited = quantity(limit);
            if (requested == null || limited == null) {
                problem(workload, where + " has a " + resource + " quantity that is not one: " + request + ", " + limit);
            } else if (requested.compareTo(limited) > 0) {
                problem(workload, where + " requests " + request + " " + resource + ", above its limit " + limit);
            }
        }
    }

    /** A probe on a named port needs a container port of that name. */
    private void probePort(JsonNode workload, String where, JsonNode container, JsonNode probe) {
        for (String handler : List.of("httpGet", "tcpSocket")) {
            JsonNode port = probe.path(handler).path("port");
            if (port.isTextual() && !portNames(container).contains(port.asText())) {
                problem(workload, where + " uses port " + port.asText() + ", which the container does not name");
            }
        }
    }

    /** The Pod Security "restricted" profile, which the README promises the services' and the portal's pods meet. */
    private void security(JsonNode workload, String where, JsonNode pod, JsonNode container) {
        if (!effective(pod, container, "runAsNonRoot").asBoolean(false)) {
            problem(workload, where + " may run as root: runAsNonRoot is not true");
        }
        JsonNode user = effective(pod, container, "runAsUser");
        if (user.isNumber() && user.asLong() == 0) {
            problem(workload, where + " runs as uid 0");
        }
        if (!container.path("allowPrivilegeEscalation").isBoolean() || container.path("allowPrivilegeEscalation").asBoolean()) {
            problem(workload, where + " does not set allowPrivilegeEscalation: false");
        }
        if (!texts(container.path("capabilities").path("drop")).contains("ALL")) {
            problem(workload, where + " does not drop ALL capabilities");
        }
        String seccomp = text(effective(pod, container, "seccompProfile"), "type");
        if (!seccomp.equals("RuntimeDefault") && !seccomp.equals("Localhost")) {
            problem(workload, where + " has no RuntimeDefault or Localhost seccomp profile");
        }
    }

    private void service(JsonNode service) {
        JsonNode selector = service.path("spec").path("selector");
        List<JsonNode> workloads = selected(selector);
        if (workloads.isEmpty()) {
            problem(service, "selects " + selector + ", the pods of no Deployment or StatefulSet");
            return;
        }
        Set<String> named = new HashSet<>();
        for (JsonNode workload : workloads) {
            for (JsonNode container : workload.path("spec").path("template").path("spec").path("containers")) {
                named.addAll(portNames(container));
            }
        }
        for (JsonNode port : service.path("spec").path("ports")) {
            JsonNode target = port.path("targetPort");
            if (target.isTextual() && !named.contains(target.asText())) {
                problem(service, "port " + text(port, "name") + " targets " + target.asText()
                        + ", a port no selected container names");
            }
        }
    }

    private void ingress(JsonNode ingress) {
        for (JsonNode tls : ingress.path("spec").path("tls")) {
            refer(ingress, "tls", "Secret", text(tls, "secretName"));
        }
        List<JsonNode> backends = new ArrayList<>();
        if (ingress.path("spec").has("defaultBackend")) {
            backends.add(ingress.path("spec").path("defaultBackend"));
        }
        for (JsonNode rule : ingress.path("spec").path("rules")) {
            for (JsonNode path : rule.path("http").path("paths")) {
                backends.add(path.path("backend"));
            }
        }
        for (JsonNode backend : backends) {
            String name = text(backend.path("service"), "name");
            JsonNode port = backend.path("service").path("port");
            JsonNode service = byId.get("Service/" + name);
            if (service == null) {
                refer(ingress, "backend", "Service", name);
            } else if (!servesPort(service, port)) {
                problem(ingress, "backend names port " + port + " of Service " + name + ", which has no such port");
            }
        }
    }

    private static boolean servesPort(JsonNode service, JsonNode port) {
        for (JsonNode served : service.path("spec").path("ports")) {
            if (port.has("name") ? text(port, "name").equals(text(served, "name"))
                    : port.path("number").asInt() == served.path("port").asInt()) {
                return true;
            }
        }
        return false;
    }

    /** Every image a release names: a tag other than latest, or a digest (a missing tag means latest). */
    private void releaseImages(JsonNode object, JsonNode node) {
        node.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            if ((field.getKey().equals("image") || field.getKey().equals("imageName")) && value.isTextual()) {
                String image = value.asText();
                int colon = image.lastIndexOf(':');
                String tag = colon > image.lastIndexOf('/') ? image.substring(colon + 1) : "";
                if (!image.contains("@") && (tag.isEmpty() || tag.equals("latest"))) {
                    problem(object, "image " + image + " is not a release: give it a tag other than latest, or a digest");
                }
            }
            for (JsonNode child : value.isArray() ? value : List.of(value)) {
                if (child.isObject()) {
                    releaseImages(object, child);
                }
            }
        });
    }

    private void referOptional(JsonNode from, String where, String kind, JsonNode reference, String nameField) {
        if (!reference.isMissingNode() && !reference.path("optional").asBoolean(false)) {
            refer(from, where, kind, text(reference, nameField));
        }
    }

    private void refer(JsonNode from, String where, String kind, String name) {
        if (byId.containsKey(kind + "/" + name)) {
            return;
        }
        if (MADE_OUTSIDE.getOrDefault(kind, Set.of()).contains(name)) {
            referencedOutside.add(kind + "/" + name);
            return;
        }
        problem(from, where + " names " + kind + " \"" + name + "\", which is neither in the build nor in"
                + " ManifestRules.MADE_OUTSIDE (made by an operator or by hand, as deploy/k8s/README.md says)");
    }

    /** The Deployments and StatefulSets whose pods carry every label of the selector; none for an empty one. */
    private List<JsonNode> selected(JsonNode matchLabels) {
        if (!matchLabels.isObject() || matchLabels.isEmpty()) {
            return List.of();
        }
        List<JsonNode> selected = new ArrayList<>();
        for (JsonNode workload : ofKind(WORKLOADS)) {
            JsonNode labels = workload.path("spec").path("template").path("metadata").path("labels");
            boolean all = true;
            for (var label = matchLabels.fields(); label.hasNext(); ) {
                var entry = label.next();
                all &= entry.getValue().asText().equals(text(labels, entry.getKey()));
            }
            if (all) {
                selected.add(workload);
            }
        }
        return selected;
    }

    private List<JsonNode> ofKind(Set<String> kinds) {
        return objects.stream().filter(object -> kinds.contains(text(object, "kind"))).toList();
    }

    private void problem(JsonNode object, String what) {
        problems.add(id(object) + ": " + what);
    }

    private static String id(JsonNode object) {
        return text(object, "kind") + "/" + text(object.path("metadata"), "name");
    }

    private static JsonNode effective(JsonNode pod, JsonNode container, String field) {
        return container.has(field) ? container.get(field) : pod.path(field);
    }

    private static Set<String> portNames(JsonNode container) {
        Set<String> names = new HashSet<>();
        for (JsonNode port : container.path("ports")) {
            names.add(text(port, "name"));
        }
        return names;
    }

    private static Set<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).collect(Collectors.toSet());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() ? value.asText() : "";
    }

    /** A Kubernetes quantity ("250m", "1", "384Mi") in plain units; null when it is none this check reads. */
    private static BigDecimal quantity(String quantity) {
        Matcher matcher = QUANTITY.matcher(quantity);
        if (!matcher.matches()) {
            return null;
        }
        BigDecimal number = new BigDecimal(matcher.group(1));
        return matcher.group(2) == null ? number : number.multiply(UNITS.get(matcher.group(2)));
    }
}
