#pragma once

#include "workflow/qc/QcQueries.h"
#include "workflow/validation/ValidationDossier.h"

#include <QFrame>
#include <QStringList>

class QHBoxLayout;
class QLabel;

namespace sgl::app {

/**
 * The red banner at the top of the validation screen's dossier area while results of the dossier
 * are held by internal QC: « Résultats retenus par le contrôle qualité : CRP (lot 26051, règle
 * 1-3s, 05/12/2026 08:12) », one entry per analysis and rejected run, read through
 * workflow::qc::QcQueries::openHolds (audited) only when a result of the dossier shows a hold. A
 * button per analysis asks for the QC screen on it (screenRequested("qc", code), the main
 * window's convention) when the user may open that screen; otherwise the banner says to ask a
 * technician. Hidden when nothing is held, or when the QC read is refused (the result rows keep
 * their own marks).
 */
class QcHoldBanner : public QFrame {
    Q_OBJECT
public:
    /** `canOpenQc`: the session lists the « Contrôle qualité » screen. */
    QcHoldBanner(workflow::qc::QcQueries &queries, bool canOpenQc, QWidget *parent = nullptr);

    /** Shows the holds of the dossier displayed (hidden when none). */
    void showDossier(const workflow::validation::ValidationDossier &dossier);
    /** Shows these holds (grouped per analysis and run); hidden when empty. */
    void setHolds(const QList<workflow::qc::QcHeldResult> &holds);

    [[nodiscard]] QString text() const;
    /** The held analyses, in the banner's order (one button each when the user may open QC). */
    [[nodiscard]] QStringList analyses() const { return m_analyses; }
    [[nodiscard]] bool canOpenQc() const { return m_canOpenQc; }
    /** « CRP (lot 26051, règle 1-3s, 05/12/2026 08:12) » for one held result's run. */
    [[nodiscard]] static QString entry(const workflow::qc::QcHeldResult &held);

signals:
    /** Open screen `key` ("qc") focused on `focus` (the analysis code). */
    void screenRequested(const QString &key, const QString &focus);

private:
    workflow::qc::QcQueries &m_queries;
    bool m_canOpenQc;
    QLabel *m_text = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QStringList m_analyses;
};

} // namespace sgl::app
