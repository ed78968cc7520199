package com.tripavail.platform.openapi;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tripavail.platform.idempotency.IdempotencyFilter;
import com.tripavail.platform.idempotency.IdempotencyRequired;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Every JAX-RS resource method of the application, read from the compiled classes as the server reads them. */
final class ResourceOperations {
    private ResourceOperations() {}

    /** One operation: verb and path template as the contract writes them, and what the method takes and gives. */
    record ResourceOperation(
            String verb,
            String path,
            Method method,
            Set<String> pathParameters,
            Set<String> queryParameters,
            Set<String> headerParameters,
            Set<String> cookieParameters,
            Optional<Type> entity) {
        String key() {
            return verb + " " + path;
        }

        @Override
        public String toString() {
            return key() + " (" + method.getDeclaringClass().getSimpleName() + "." + method.getName() + ")";
        }
    }

    static List<ResourceOperation> of(String rootPackage) {
        List<ResourceOperation> operations = new ArrayList<>();
        for (JavaClass resource : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage)) {
            if (resource.isAnnotatedWith(Path.class)) {
                Class<?> type = resource.reflect();
                String root = type.getAnnotation(Path.class).value();
                for (Method method : type.getMethods()) {
                    verb(method).ifPresent(verb -> operations.add(operation(verb, root, method)));
                }
            }
        }
        operations.sort(Comparator.comparing(ResourceOperation::key));
        return operations;
    }

    private static Optional<String> verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return Optional.of(http.value().toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    private static ResourceOperation operation(String verb, String root, Method method) {
        Path sub = method.getAnnotation(Path.class);
        String path = template(root + (sub == null ? "" : "/" + sub.value()));
        Set<String> inPath = new TreeSet<>();
        Set<String> query = new TreeSet<>();
        Set<String> header = new TreeSet<>();
        Set<String> cookie = new TreeSet<>();
        Type entity = null;
        for (int i = 0; i < method.getParameterCount(); i++) {
            Parameter parameter = method.getParameters()[i];
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Field field : parameter.getType().getDeclaredFields()) {
                    collect(field.getAnnotations(), inPath, query, header, cookie);
                }
            } else if (!collect(parameter.getAnnotations(), inPath, query, header, cookie)
                    && !parameter.isAnnotationPresent(Context.class)
                    && !parameter.isAnnotationPresent(Suspended.class)) {
                entity = method.getGenericParameterTypes()[i];
            }
        }
        if (method.isAnnotationPresent(IdempotencyRequired.class)) { // IdempotencyFilter reads it for the method
            header.add(IdempotencyFilter.HEADER.toLowerCase(Locale.ROOT));
        }
        return new ResourceOperation(verb, path, method, inPath, query, header, cookie, Optional.ofNullable(entity));
    }

    /** Adds the parameter a JAX-RS annotation names to its set; false when none of them is there. */
    private static boolean collect(
            Annotation[] annotations, Set<String> path, Set<String> query, Set<String> header, Set<String> cookie) {
        for (Annotation a : annotations) {
            if (a instanceof PathParam p) {
                path.add(p.value());
                return true;
            } else if (a instanceof QueryParam q) {
                query.add(q.value());
                return true;
            } else if (a instanceof HeaderParam h) {
                header.add(h.value().toLowerCase(Locale.ROOT));
                return true;
            } else if (a instanceof CookieParam c) {
                cookie.add(c.value());
                return true;
            }
        }
        return false;
    }

    /** {@code /v1//x/{id: [0-9]+}/} → {@code /v1/x/{id}}: the template the contract writes. */
    static String template(String raw) {
        String path = raw.replaceAll("\\{\\s*([\\w-]+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        path = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        return path.startsWith("/") ? path : "/" + path;
    }
}
