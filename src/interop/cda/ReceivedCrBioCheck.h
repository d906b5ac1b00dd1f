#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QStringList>

namespace sgl::interop::cda {

/**
 * Product-side conformity check of a CR-BIO received from another lab (MSSanté, file), run
 * before anything of it is imported (issue 13, "a received CDA that fails the kit").
 *
 * The project ships no CDA XSD (the ANS kit, shared/tools/cda-validate, is a developer and CI
 * tool needing Java): this checks the structure the CDA R2 schema, the CI-SIS header rules and
 * the import rely on — ClinicalDocument in the HL7 v3 namespace with typeId, realmCode FR,
 * the CR-BIO/XD-LAB (N3) or XDS-SD (N1) templates, id, code 11502-2, effectiveTime,
 * confidentialityCode, languageCode, setId, versionNumber, recordTarget with patient id, name,
 * sex and birth time, author, custodian organisation, legalAuthenticator, documentationOf, and
 * a body (structuredBody with at least one section, or a PDF nonXMLBody). It is a strict subset
 * of what the kit refuses: a document failing here fails the kit too; passing here does not
 * prove kit conformity.
 *
 * check() returns "cda.nonconforming" with « CR-BIO reçu non conforme : … » naming every failed
 * rule (a French list), or "cda.malformed" when the bytes are not well-formed XML.
 */
class ReceivedCrBioCheck {
public:
    [[nodiscard]] static domain::Status check(const QByteArray &cda);
    /** The failed rules in French (empty: conforming); check() folds them into its error. */
    [[nodiscard]] static domain::Result<QStringList> problems(const QByteArray &cda);
};

} // namespace sgl::interop::cda
