#pragma once

#include "domain/analyzer/AnalyzerProfile.h"
#include "domain/analyzer/MappedMessage.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>
#include <QString>

#include <optional>

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
 * ingestion. A QC sample (message indication when trusted, or the id pattern) gets disposition Qc,
 * as does a calibrator the message names (HL7 SPM-11 C/V): neither goes on a patient dossier.
 *
 * Order of the decisions for one result: message hold (incomplete, malformed), then Ignored
 * (resultKinds, ignoredTestCodes), then Qc, then no specimen id, then unmapped test, else Store.
 * Spaces are removed from numeric values only ("< 1.20" -> "<1.20"); a text value is trimmed,
 * never squeezed ("Target not detected"). The unit factor and the dilution multiply the number
 * of a censored value too (">500" read in another unit is a bound in that unit).
 */
class ProfileMapper {
public:
    ProfileMapper(AnalyzerProfile profile, QHash<QString, QString> catalogueCodes);

    [[nodiscard]] MappedMessage map(const AnalyzerMessage &message) const;
    /** The instrument test code to send for a catalogue analysis (worklist, query answer); empty if none. */
    [[nodiscard]] QString testCodeFor(const QString &analysisCode) const;
    [[nodiscard]] const AnalyzerProfile &profile() const { return m_profile; }
    /**
     * The zone of instrument times sent without offset (ASTM always, HL7 DTM without +ZZZZ):
     * instruments keep the lab's wall clock. Default: the system zone of the gateway machine,
     * which stands in the lab; tests set it explicitly.
     */
    void setLabTimeZone(const QTimeZone &zone) { m_zone = zone; }
    /** An instrument timestamp (ASTM YYYYMMDD[HHMM[SS]], HL7 DTM with or without zone) in UTC; invalid when unreadable. */
    [[nodiscard]] QDateTime parseTime(const QString &text) const;

private:
    AnalyzerProfile m_profile;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QHash<QString, QString> m_codes;        ///< test code -> analysis code (catalogue, then profile)
    QHash<QString, double> m_factors;       ///< test code -> factor
    QHash<QString, int> m_valueComponents;  ///< test code -> value component, when the mapping sets one
    QHash<QString, QString> m_reverse;      ///< analysis code -> test code
    /** The profile's QC specimen-id rule, compiled once (not at every message). */
    std::optional<QRegularExpression> m_qcPattern;
};

} // namespace sgl::domain::analyzer
