package id.verivali.changerequest;

/** The process a change request runs through; the workflow package implements it on the process engine. */
public interface ChangeProcess {

    /** Starts the change's process instance in the caller's transaction; returns the process instance id. */
    String start(ProcessStart start);

    /** Ends the change as withdrawn; throws ChangeNotWithdrawableException when the model no longer allows it. */
    void withdraw(String processInstanceId);
}
