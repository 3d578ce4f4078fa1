package city.clearway.impound;

/**
 * Who takes the car (PRODUCT §9): its owner, the agent of a company that owns it, a foreign national, or someone holding
 * the owner's power of attorney. Stored by name.
 */
public enum ReleaseKind {
    OWNER, LEGAL_ENTITY, FOREIGN_NATIONAL, AGENT
}
