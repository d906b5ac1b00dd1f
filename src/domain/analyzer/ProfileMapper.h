#pragma once

#include "domain/analyzer/AnalyzerProfile.h"
#include "domain/analyzer/MappedMessage.h"

#include <QHash>
#include <QString>

namespace sgl::domain::analyzer {

/**
 * Reads neutral instrument messages through one profile (pure: no I/O, no clock).
 *
 * `catalogueCodes` maps the instrument's test codes to catalogue analysis codes as the catalogue
 * declares them for `profile.analyzerId` (AnalyzerMapping); the profile's own codeMappings win.
 *
 * Contract of map(): one MappedResult per raw result, in order, never fewer; one MappedQuery per
 * raw query. A message that is not complete or carries reading problems (raw.problems) holds
 * every one of its results with analyzer.incomplete_message / analyzer.malformed_message; a result
 * without specimen id is held (analyzer.no_specimen_id); a value that is neither a number (with
 * optional comparator) nor text for a coded analysis is still passed on: ResultEntry judges it at
 * ingestion. A QC sample (message indication when trusted, or the id pattern) gets disposition Qc.
 */
class ProfileMapper {
public:
    ProfileMapper(AnalyzerProfile profile, QHash<QString, QString> catalogueCodes);

    [[nodiscard]] MappedMessage map(const AnalyzerMessage &message) const;
    /** The instrument test code to send for a catalogue analysis (worklist, query answer); empty if none. */
    [[nodiscard]] QString testCodeFor(const QString &analysisCode) const;
    [[nodiscard]] const AnalyzerProfile &profile() const { return m_profile; }

private:
    AnalyzerProfile m_profile;
    QHash<QString, QString> m_codes;        ///< test code -> analysis code (catalogue, then profile)
    QHash<QString, double> m_factors;       ///< test code -> factor
    QHash<QString, QString> m_reverse;      ///< analysis code -> test code
};

} // namespace sgl::domain::analyzer
