package org.grantsplatform.portal.grant;

/**
 * A tranche whose disbursement a program manager requested, as the donor approving it reads it.
 *
 * @param association the grantee's name, or null when associations-service does not know it
 * @param requester the user name of whom requested it (from the grant's history), or null when it names nobody
 * @param requestedByMe whether the signed-in donor requested it: grants-service will refuse their approval
 */
public record Disbursement(Grant grant, Grant.Tranche tranche, String programme, String association, String requester,
        boolean requestedByMe) {

    public boolean waiting() {
        return "REQUESTED".equals(tranche.status());
    }
}
