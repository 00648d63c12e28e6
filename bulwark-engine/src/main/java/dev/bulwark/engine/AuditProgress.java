package dev.bulwark.engine;

/**
 * Told how far an audit is: the number of inputs once, then each input read and judged in the
 * first phase (the second phase, shorter, is not counted). Called from the audit threads.
 */
public interface AuditProgress {
    /** Reports nothing. */
    AuditProgress NONE = new AuditProgress() {
        @Override
        public void started(int inputs) {
        }

        @Override
        public void inputDone() {
        }
    };

    void started(int inputs);

    void inputDone();
}
