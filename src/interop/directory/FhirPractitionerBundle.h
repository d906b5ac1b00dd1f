#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sgl::interop::directory {

/** A Practitioner of the Annuaire Santé FHIR API, as SGL reads it. */
struct FhirPractitioner {
    QString id;          ///< resource id (« 003-…»)
    QString rpps;        ///< 11 digits, from either identifier system (see FhirPractitionerBundle)
    bool active = true;  ///< Practitioner.active (absent = true, as FHIR says)
    QString family;
    QStringList given;
    QString prefix;      ///< « DR », « MME »… as published
    QStringList mailboxes; ///< MSSanté addresses of Practitioner.telecom
};

/** A PractitionerRole (activity) of a practitioner. */
struct FhirPractitionerRole {
    QString id;
    QString practitionerId;  ///< id of Practitioner.reference « Practitioner/<id> »
    bool active = true;
    QString organisation;    ///< organization.display or reference
    QStringList roles;       ///< code.coding display (or code) texts
    QStringList mailboxes;   ///< MSSanté addresses of PractitionerRole.telecom
};

/** One page of a Practitioner search (searchset Bundle). */
struct FhirDirectoryPage {
    QList<FhirPractitioner> practitioners;
    QList<FhirPractitionerRole> roles;
    QString nextUrl;              ///< Bundle.link « next », empty on the last page
    std::optional<int> total;     ///< Bundle.total when given
};

/**
 * Reads the JSON answers of the Annuaire Santé FHIR API (R4): searchset Bundles of Practitioner
 * and PractitionerRole (`_revinclude=PractitionerRole:practitioner`) and OperationOutcome.
 *
 * The RPPS is taken from an identifier whose system is `urn:oid:1.2.250.1.71.4.2.1` and whose
 * value is `8` followed by the 11 digits (IdNat_PS), or whose system is
 * `https://rpps.esante.gouv.fr` with the 11 digits: the spec digest leaves open which one the v2
 * answers use, so both are accepted. MSSanté addresses are telecom entries of system « email »
 * in an mssante.fr domain.
 */
class FhirPractitionerBundle {
public:
    /** directory.fhir_response when the body is not a JSON Bundle. */
    [[nodiscard]] static domain::Result<FhirDirectoryPage> parse(const QByteArray &json);
    /** The diagnostics of an OperationOutcome (issues joined), or empty when `json` is not one. */
    [[nodiscard]] static QString operationOutcomeText(const QByteArray &json);
};

} // namespace sgl::interop::directory
