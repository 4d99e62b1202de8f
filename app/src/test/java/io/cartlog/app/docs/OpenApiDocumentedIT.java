package io.cartlog.app.docs;

import io.cartlog.app.support.CartlogIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps {@code docs/openapi.yaml} true to the routes Cartlog serves: every controller route is
 * documented, and every documented route is served. Path variables compare by position only, so
 * {@code /admin/regions/{id}} in the description matches a mapping declared as {@code /{regionId}}.
 */
class OpenApiDocumentedIT extends CartlogIT {

    private static final Path DESCRIPTION = Path.of("..", "docs", "openapi.yaml");
    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping handlerMapping;

    @Test
    void everyRouteIsDocumentedAndEveryDocumentedRouteExists() throws Exception {
        Set<String> served = servedRoutes();
        Set<String> documented = documentedRoutes();

        Set<String> undocumented = new TreeSet<>(served);
        undocumented.removeAll(documented);
        Set<String> notServed = new TreeSet<>(documented);
        notServed.removeAll(served);

        assertThat(served).as("routes found in the application context").isNotEmpty();
        assertThat(undocumented.isEmpty() && notServed.isEmpty())
                .as("%s disagrees with the controllers.%nServed but not documented:%n%s%nDocumented but not served:%n%s",
                        DESCRIPTION.normalize(), list(undocumented), list(notServed))
                .isTrue();
    }

    /** Method and normalized pattern of every Cartlog handler, less the internal query endpoint. */
    private Set<String> servedRoutes() {
        Set<String> routes = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlerMapping.getHandlerMethods().entrySet()) {
            if (!entry.getValue().getBeanType().getPackageName().startsWith("io.cartlog")) {
                continue;
            }
            RequestMappingInfo info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/internal/")) {
                    continue;
                }
                if (methods.isEmpty()) {
                    // A mapping without a method answers every method: name it so the failure shows it.
                    routes.add("ANY " + normalize(pattern) + " (" + entry.getValue() + ")");
                }
                methods.forEach(method -> routes.add(method.name() + " " + normalize(pattern)));
            }
        }
        return routes;
    }

    private static Set<String> documentedRoutes() throws Exception {
        assertThat(DESCRIPTION).as("the OpenAPI description, relative to the app module").exists();
        JsonNode paths = new YAMLMapper().readTree(Files.readString(DESCRIPTION)).path("paths");
        Set<String> routes = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (OPERATIONS.contains(operation.getKey())) {
                    routes.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + normalize(path.getKey()));
                }
            }
        }
        return routes;
    }

    /** {@code /admin/products/{id}/variants/{variantId}} becomes {@code /admin/products/{}/variants/{}}. */
    private static String normalize(String pattern) {
        String normalized = pattern.replaceAll("\\{[^}]*}", "{}");
        return normalized.length() > 1 && normalized.endsWith("/")
                ? normalized.substring(0, normalized.length() - 1) : normalized;
    }

    private static String list(Set<String> routes) {
        return routes.isEmpty() ? "  (none)" : routes.stream().map(route -> "  " + route).collect(Collectors.joining("\n"));
    }
}
