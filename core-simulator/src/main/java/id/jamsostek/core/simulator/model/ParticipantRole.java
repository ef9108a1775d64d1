package id.jamsostek.core.simulator.model;

/** Why a non-wage earner is enrolled through a village (contracts: common/schemas/ParticipantRole.json). */
public enum ParticipantRole {
    VILLAGE_OFFICIAL, BPD_MEMBER, RT_RW, CADRE, NON_ASN_STAFF, VULNERABLE_WORKER, OTHER
}
