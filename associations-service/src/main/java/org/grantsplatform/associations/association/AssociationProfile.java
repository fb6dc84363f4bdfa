package org.grantsplatform.associations.association;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.grantsplatform.associations.validation.OnUpdate;
import org.grantsplatform.events.reference.Region;
import org.grantsplatform.runtime.validation.CountryCode;

/** What an owner registers and later edits of an association; not its verification or owners. */
@Schema(name = "AssociationProfile", example = """
        {"name": "Kenya Microfinance Network", "acronym": "KMN", "country": "KE", "region": "AFRICA",
         "legalForm": "Association", "foundedYear": 1999, "website": "https://kmn.example.org",
         "contactEmail": "info@kmn.example.org", "version": 0}""")
public record AssociationProfile(
        @NotBlank @Size(min = 2, max = 200) String name,
        @Size(max = 30) String acronym,
        @NotNull @CountryCode @Schema(example = "KE") String country,
        @NotNull Region region,
        @Size(max = 100) String legalForm,
        @Min(1900) @Max(2100) Integer foundedYear,
        @Size(max = 500) @Pattern(regexp = "https?://[^\\s/$.?#][^\\s]*", message = "must be an http(s) URL") String website,
        @Size(max = 320) @Email(regexp = ".+@.+\\..+", message = "must be an e-mail address") String contactEmail,
        @NotNull(groups = OnUpdate.class, message = "must be the version you read")
        @Schema(description = "The version you read: required to update (a stale one is 409), ignored when registering")
        Long version) {

    void applyTo(Association association) {
        association.name = name.strip();
        association.acronym = acronym;
        association.country = country;
        association.region = region;
        association.legalForm = legalForm;
        association.foundedYear = foundedYear;
        association.website = website;
        association.contactEmail = contactEmail;
    }
}
