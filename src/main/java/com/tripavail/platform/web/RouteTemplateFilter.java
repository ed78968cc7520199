package com.tripavail.platform.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names the matched endpoint by its path template ({@code /v1/bookings/{id}/confirm}) in a request
 * property, which a servlet container keeps as a request attribute, so {@link RequestMetrics} can
 * count responses per endpoint without putting raw paths (ids) into metric labels. Runs first among
 * the post-matching filters, so a request refused by authentication is still named.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 200)
public class RouteTemplateFilter implements ContainerRequestFilter {
    static final String ROUTE = "tripavail.route";
    private static final Map<Method, String> TEMPLATES = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method != null && type != null) {
            request.setProperty(ROUTE, TEMPLATES.computeIfAbsent(method, m -> template(type, m)));
        }
    }

    static String template(Class<?> type, Method method) {
        String path = join(path(type.getAnnotation(Path.class)), path(method.getAnnotation(Path.class)));
        return path.isEmpty() ? "/" : path;
    }

    private static String path(Path path) {
        return path == null ? "" : path.value();
    }

    private static String join(String a, String b) {
        String left = a.endsWith("/") ? a.substring(0, a.length() - 1) : a;
        String right = b.isEmpty() || b.startsWith("/") ? b : "/" + b;
        String joined = left + right;
        return joined.startsWith("/") || joined.isEmpty() ? joined : "/" + joined;
    }
}
