package org.grantsplatform.associations.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.grantsplatform.associations.validation.OnUpdate;
import org.grantsplatform.associations.validation.PastOrPresentYear;
import org.grantsplatform.runtime.validation.CountryCode;

/** A member MFI as an owner adds or edits it. */
@Schema(name = "MemberRequest", example = """
        {"name": "Faulu Microfinance", "country": "KE", "legalForm": "Deposit-taking MFI", "joinedYear": 2005,
         "version": 0}""")
public record MemberRequest(
        @NotBlank @Size(min = 2, max = 200) String name,
        @NotNull @CountryCode @Schema(example = "KE") String country,
        @Size(max = 100) String legalForm,
        @PastOrPresentYear(min = 1900)
        @Schema(description = "Year the MFI joined the association; it counts as a member from that year on, "
                + "and for every year when unknown")
        Integer joinedYear,
        @NotNull(groups = OnUpdate.class, message = "must be the version you read")
        @Schema(description = "The version you read: required to update (a stale one is 409), ignored when adding")
        Long version) {

    void applyTo(Member member) {
        member.name = name.strip();
        member.country = country;
        member.legalForm = legalForm;
        member.joinedYear = joinedYear;
    }
}
