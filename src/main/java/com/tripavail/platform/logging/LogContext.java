package com.tripavail.platform.logging;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Fields added here appear in every JSON log line the current thread writes ({@code ext_requestId},
 * {@code ext_userId}, ...), through Liberty's LogRecordContext. Liberty's API jar is not published
 * for compiling against, so it is bound at run time; outside Liberty (unit tests) this is a no-op.
 */
public final class LogContext {
    private static final MethodHandle ADD;
    private static final MethodHandle REMOVE;

    static {
        MethodHandle add = null;
        MethodHandle remove = null;
        try {
            Class<?> c = Class.forName("com.ibm.websphere.logging.hpel.LogRecordContext");
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            add = lookup.findStatic(c, "addExtension", MethodType.methodType(void.class, String.class, String.class));
            remove = lookup.findStatic(c, "removeExtension", MethodType.methodType(boolean.class, String.class));
        } catch (ReflectiveOperationException | LinkageError e) {
            // not running on Liberty
        }
        ADD = add;
        REMOVE = remove;
    }

    private LogContext() {}

    public static void put(String key, String value) {
        if (ADD != null && value != null) {
            try {
                ADD.invoke(key, value);
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public static void remove(String key) {
        if (REMOVE != null) {
            try {
                boolean ignored = (boolean) REMOVE.invoke(key);
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
