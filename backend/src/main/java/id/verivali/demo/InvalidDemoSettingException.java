package id.verivali.demo;

/** A demo setting that the application cannot start with; {@link DemoSettingFailureAnalyzer} explains it. */
class InvalidDemoSettingException extends RuntimeException {

    private final String action;

    /**
     * @param property the setting, e.g. {@code verivali.demo.district}
     * @param value what it was given
     * @param reason why the application cannot start with it
     * @param action what to give it instead
     */
    InvalidDemoSettingException(String property, String value, String reason, String action) {
        super(property + "=" + value + ": " + reason);
        this.action = action;
    }

    /** What to give the setting instead. */
    String action() {
        return action;
    }
}
