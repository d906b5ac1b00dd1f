#pragma once

#include "domain/Error.h"
#include "domain/analyzer/AnalyzerProfile.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace sgl::domain::analyzer {

/**
 * The JSON exchange form of analyzer profiles (export/import, shipped profiles in
 * resources/analyzers/, the database column). Documented field by field in
 * docs/interfaces/analyzer-profiles.md; schema version "sgl-analyzer-profile/1".
 *
 * Contract: fromJson() refuses, naming the JSON path in the error location ("codeMappings[3].testCode"):
 * unknown or missing mandatory members (analyzer.profile_invalid), a wrong type, a field
 * reference that is not of the protocol (analyzer.bad_field_ref), an invalid regular expression,
 * a port outside 1-65535 for a TCP transport, a duplicate test code, an unknown enum text. It
 * never returns a half-read profile. toJson() then fromJson() gives back an equal profile
 * (except `version`, which is storage's). validate() runs the same checks on a profile built in
 * code (the admin screen).
 */
class AnalyzerProfileJson {
public:
    [[nodiscard]] static QJsonObject toJson(const AnalyzerProfile &profile);
    [[nodiscard]] static Result<AnalyzerProfile> fromJson(const QJsonObject &object);
    /** A document holding one profile object or an array of them (export file). */
    [[nodiscard]] static Result<QList<AnalyzerProfile>> parseDocument(const QByteArray &json);
    [[nodiscard]] static QByteArray toDocument(const QList<AnalyzerProfile> &profiles);
    [[nodiscard]] static Status validate(const AnalyzerProfile &profile);
};

} // namespace sgl::domain::analyzer
