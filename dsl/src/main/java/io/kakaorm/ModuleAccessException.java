package io.kakaorm;

/**
 * A class KakaORM must read reflectively (a model, a record a query projects into, the class that wrote a
 * query lambda) is in a named module that does not open its package to KakaORM. The message gives the line
 * to add to that module's {@code module-info.java}, e.g. {@code opens com.example.models to io.kakaorm.dsl;}.
 */
public final class ModuleAccessException extends KakaOrmException {
    private final Class<?> type;
    private final String requiredLine;

    public ModuleAccessException(Class<?> type, String requiredLine, String why) {
        super("KakaORM cannot " + why + " " + shown(type) + ": module "
                + type.getModule().getName()
                + " does not open package " + type.getPackageName() + " to " + targetOf(requiredLine)
                + ". Add to the module-info.java of " + type.getModule().getName() + ": " + requiredLine);
        this.type = type;
        this.requiredLine = requiredLine;
    }

    private static String shown(Class<?> type) {
        String name = type.getName();
        int lambda = name.indexOf("$$Lambda");
        return lambda < 0 ? name : name.substring(0, lambda);
    }

    private static String targetOf(String line) {
        int to = line.lastIndexOf(" to ");
        return to < 0 ? "KakaORM" : line.substring(to + 4, line.length() - 1);
    }

    /** The class that could not be read. */
    public Class<?> type() {
        return type;
    }

    /** The {@code opens … to …;} line the class's module needs. */
    public String requiredLine() {
        return requiredLine;
    }
}
