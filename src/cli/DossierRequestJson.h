#pragma once

#include "domain/Error.h"
#include "workflow/orders/OrderEntry.h"

#include <QByteArray>
#include <QJsonObject>

namespace sgl::cli {

/**
 * The JSON of `sgl dossier create` (docs/cli.md), read into a workflow request, and the JSON the
 * command prints back. Reading checks the shape only (types, required fields, codes of the
 * enumerations); the rules are OrderEntry's. Errors: cli.rejected_request with a French message
 * naming the field and `location` its JSON path ("prescriber.name", "exams[2]").
 * Required: patientId, prescriber.name, exams (non-empty array of exam codes).
 */
class DossierRequestJson {
public:
    [[nodiscard]] static domain::Result<workflow::orders::DossierRequest> parse(const QByteArray &json);
    /** {"dossier": {id, number, version, status, priority}, "tubes": [...], "warnings": [...]} */
    [[nodiscard]] static QJsonObject toJson(const workflow::orders::DossierChange &change);
};

} // namespace sgl::cli
