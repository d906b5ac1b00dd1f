#pragma once

#include "domain/report/ReportContent.h"
#include "interop/xml/XmlWriterElement.h"

namespace sgl::interop::cda {

/**
 * Builds the human-readable narrative block (<text>) of a sub-chapter, in French, from the same
 * values the entries code: one table row per result (label, value, unit, reference interval,
 * previous result) with the IDs the entries reference.
 */
class CdaNarrative {
public:
    explicit CdaNarrative(xml::XmlWriterElement text) : m_text(text), m_body() {}

    /** "Prélèvement : sang, le 04/01/2024 à 07:35" paragraph, when known. */
    void specimen(const domain::ReportBattery &battery);
    void beginTable(const QString &caption);
    /** One result row; label empty = continuation row (second unit of the previous result). */
    void observationRow(const domain::ReportObservation &obs, const domain::ResultValue &value,
                        const QString &label, const QString &refId, const QString &methodId,
                        const QString &commentId, std::optional<domain::AbnormalFlag> flag);
    void endTable();
    void commentParagraph(const QString &text, const QString &id);
    /** "Résultats validés par Dr X le ..." from the observations' validators. */
    void validators(const domain::ReportBattery &battery);

    /** French label of an interpretation flag ("Haut", "Critique haut"...). */
    [[nodiscard]] static QString flagLabel(domain::AbnormalFlag flag);
    /** Value as printed: decimal comma, comparator, coded display name, text. */
    [[nodiscard]] static QString valueText(const domain::ResultValue &value);
    /** Reference intervals in the value's unit: "3,89 - 6,00", "< 5", or their free text. */
    [[nodiscard]] static QString intervalText(const domain::ReportObservation &obs, const QString &unit);
    /** dd/MM/yyyy HH:mm */
    [[nodiscard]] static QString dateTimeText(const QDateTime &when);

private:
    xml::XmlWriterElement m_text;
    xml::XmlWriterElement m_body;
};

} // namespace sgl::interop::cda
