package org.civicportal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.civicportal.account.Account;
import org.civicportal.account.AccountsPage;
import org.civicportal.account.ProfilePage;
import org.junit.jupiter.api.Test;

/**
 * Everything the portal keeps in an HTTP session must survive being copied to another server: the
 * nodes replicate sessions, and a node that dies leaves its sessions to the others. This walks every
 * view- and session-scoped page bean of both web modules, and what their fields hold, down to the
 * portal's own classes: each must be {@link Serializable}, or its field transient (reloaded by the
 * page when it is missing). Injected fields are left out: the container serialises its references.
 */
class SessionContentsTest {

    /** Declared types whose values are the JDK's own serialisable collections; their elements are checked. */
    private static final Set<Class<?>> COLLECTIONS = Set.of(Collection.class, List.class, Set.class, Map.class);

    @Test
    void everyPageBeanKeptInASessionIsSerializableThroughAndThrough() throws Exception {
        List<Class<?>> portal = new ArrayList<>();
        for (Class<?> module : List.of(ProfilePage.class, AccountsPage.class, Account.class)) {
            portal.addAll(classesBeside(module));
        }
        List<Class<?>> beans = portal.stream().filter(SessionContentsTest::keptInSession).toList();
        assertTrue(beans.size() > 20, "found the page beans: " + beans);

        Set<String> problems = new TreeSet<>();
        Walk walk = new Walk(portal, new HashSet<>(), problems);
        for (Class<?> bean : beans) {
            walk.checkClass(bean, bean.getSimpleName(), Map.of());
        }
        assertEquals(Set.of(), problems);
    }

    private static boolean keptInSession(Class<?> type) {
        return type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)
                || type.isAnnotationPresent(ConversationScoped.class);
    }

    /**
     * One walk through the fields, from the page beans down.
     *
     * @param portal   the portal's classes, for the subclasses a field of an entity's type may hold
     * @param checked  the classes (with their type arguments) already walked
     * @param problems what is not serialisable, and where
     */
    private record Walk(List<Class<?>> portal, Set<List<Object>> checked, Set<String> problems) {

        /** A class and its superclasses: serialisable, and so is every field that is copied with it. */
        void checkClass(Class<?> type, String where, Map<TypeVariable<?>, Type> bindings) {
            if (!Serializable.class.isAssignableFrom(type)) {
                problems.add(where + ": " + type.getName() + " is not Serializable");
                return;
            }
            if (!checked.add(List.of(type, bindings))) {
                return;
            }
            // a field of an entity's type may hold any of its subclasses (a library item's revision is a case study, say)
            portal.stream().filter(sub -> sub != type && type.isAssignableFrom(sub) && !sub.isInterface())
                    .forEach(sub -> checkClass(sub, where + " as " + sub.getSimpleName(), Map.of()));
            for (Class<?> level = type; level != null && level.getName().startsWith("org.civicportal."); level = level.getSuperclass()) {
                Map<TypeVariable<?>, Type> levelBindings = bindingsOf(type, level, bindings);
                for (Field field : level.getDeclaredFields()) {
                    if (copied(field)) {
                        checkType(field.getGenericType(), level.getSimpleName() + "." + field.getName(), levelBindings);
                    }
                }
            }
        }

        void checkType(Type type, String where, Map<TypeVariable<?>, Type> bindings) {
            if (type instanceof Class<?> plain) {
                checkPlain(plain, where, bindings);
            } else if (type instanceof ParameterizedType generic) {
                Class<?> raw = (Class<?>) generic.getRawType();
                Map<TypeVariable<?>, Type> own = new HashMap<>();
                TypeVariable<?>[] variables = raw.getTypeParameters();
                for (int i = 0; i < variables.length; i++) {
                    own.put(variables[i], resolve(generic.getActualTypeArguments()[i], bindings));
                }
                checkPlain(raw, where, own);
                for (Type argument : generic.getActualTypeArguments()) {
                    checkType(argument, where, bindings);
                }
            } else if (type instanceof TypeVariable<?> variable) {
                Type bound = bindings.get(variable);
                checkType(bound != null ? bound : variable.getBounds()[0], where, bindings);
            } else if (type instanceof WildcardType wildcard) {
                checkType(wildcard.getUpperBounds()[0], where, bindings);
            } else if (type instanceof GenericArrayType array) {
                checkType(array.getGenericComponentType(), where, bindings);
            }
        }

        void checkPlain(Class<?> type, String where, Map<TypeVariable<?>, Type> bindings) {
            if (type.isPrimitive() || COLLECTIONS.contains(type)) {
                return;
            }
            if (type.isArray()) {
                checkPlain(type.getComponentType(), where, bindings);
            } else if (type.getName().startsWith("org.civicportal.")) {
                checkClass(type, where, bindings);
            } else if (!Serializable.class.isAssignableFrom(type)) {
                problems.add(where + ": " + type.getName() + " is not Serializable");
            }
        }
    }

    private static boolean copied(Field field) {
        int modifiers = field.getModifiers();
        return !Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()
                && !field.isAnnotationPresent(Inject.class) && !field.isAnnotationPresent(EJB.class)
                && !field.isAnnotationPresent(Resource.class) && !field.getName().startsWith("_persistence_");
    }

    private static Type resolve(Type type, Map<TypeVariable<?>, Type> bindings) {
        return type instanceof TypeVariable<?> variable && bindings.containsKey(variable) ? bindings.get(variable) : type;
    }

    /** The type arguments a superclass's variables take in the class being checked (a page's form type, say). */
    private static Map<TypeVariable<?>, Type> bindingsOf(Class<?> type, Class<?> level, Map<TypeVariable<?>, Type> given) {
        Map<TypeVariable<?>, Type> bindings = new HashMap<>(given);
        for (Class<?> below = type; below != level; below = below.getSuperclass()) {
            if (below.getGenericSuperclass() instanceof ParameterizedType generic) {
                TypeVariable<?>[] variables = below.getSuperclass().getTypeParameters();
                for (int i = 0; i < variables.length; i++) {
                    bindings.put(variables[i], resolve(generic.getActualTypeArguments()[i], bindings));
                }
            }
        }
        return bindings;
    }

    /** The classes of the module (a directory of classes or a jar) that holds the given one. */
    private static List<Class<?>> classesBeside(Class<?> member) throws URISyntaxException, IOException {
        Path location = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(location)) {
            return classesUnder(location, member.getClassLoader());
        }
        try (FileSystem jar = FileSystems.newFileSystem(location)) {
            return classesUnder(jar.getPath("/"), member.getClassLoader());
        }
    }

    private static List<Class<?>> classesUnder(Path root, ClassLoader loader) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$") && !name.startsWith("META-INF"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .<Class<?>>map(name -> load(name, loader))
                    .toList();
        }
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new UncheckedIOException(new IOException(name, e));
        }
    }
}
