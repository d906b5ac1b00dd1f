#pragma once

#include "domain/catalogue/Analysis.h"
#include "domain/catalogue/Catalogue.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sgl::app {

/**
 * The read-only description shown beside the catalogue tree (rich text): for an analysis every
 * stored field (codes, units, result type, second unit, formula, value list, bench, container
 * with its cap colour, required clinical questions, reference ranges, analyzer codes, version);
 * for a chapter or exam its codes and what it contains. Text from the catalogue is HTML-escaped.
 */
class CatalogueItemDetails {
    Q_DECLARE_TR_FUNCTIONS(sgl::app::CatalogueItemDetails)
public:
    /** `catalogue` names the bench (its label); codes it does not know are shown as they are. */
    [[nodiscard]] static QString analysisHtml(const domain::Analysis &analysis, const domain::Catalogue &catalogue);
    /** A chapter or an exam: `loincLabel` names the kind of LOINC (section or battery). */
    [[nodiscard]] static QString groupHtml(const QString &title, const QString &code, const QString &loincLabel,
                                           const QString &loinc, const QStringList &children);
};

} // namespace sgl::app
