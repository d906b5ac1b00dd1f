#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sgl::domain {

/**
 * One piece of data a report needs and lacks (CR-BIO requirements, interop/cda
 * CdaRequirementsCheck). `code` is stable (`report.missing_rpps`, `report.missing_loinc`...,
 * declared in domain/ErrorCodes.h): callers decide on codes, never on the wording. `message`
 * is the French sentence shown to the user, naming the role, analysis or chapter concerned.
 * Several items may share a code (two analyses without LOINC).
 */
struct ReportRequirement {
    QString code;
    QString message;

    friend bool operator==(const ReportRequirement &, const ReportRequirement &) = default;
};

/** The messages of the items, in order (what the user reads). */
[[nodiscard]] inline QStringList requirementMessages(const QList<ReportRequirement> &items)
{
    QStringList out;
    out.reserve(items.size());
    for (const auto &item : items)
        out << item.message;
    return out;
}

/** True when one of the items has that code. */
[[nodiscard]] inline bool hasRequirement(const QList<ReportRequirement> &items, QStringView code)
{
    for (const auto &item : items)
        if (item.code == code)
            return true;
    return false;
}

} // namespace sgl::domain
