#pragma once

#include "workflow/validation/BatchRelease.h"

#include <QDialog>

#include <memory>

namespace Ui {
class BatchReleaseDialog;
}

namespace sgl::app {

/**
 * Batch release (libération par lot): the eligible dossiers, each ticked (the biologist may
 * untick one), every excluded dossier with its reasons, and the biologist's password — the use
 * case re-authenticates and recomputes the rule in each dossier's transaction.
 */
class BatchReleaseDialog : public QDialog {
    Q_OBJECT
public:
    explicit BatchReleaseDialog(const QList<workflow::validation::ReleaseCandidate> &candidates, QWidget *parent = nullptr);
    ~BatchReleaseDialog() override;

    /** Dossiers ticked for release. */
    [[nodiscard]] QList<qint64> selectedDossiers() const;
    [[nodiscard]] QString password() const;
    void setPassword(const QString &password);
    /** Lines as shown: eligible "D…" then "D… : reason; reason" (tests). */
    [[nodiscard]] QStringList excludedLines() const;
    [[nodiscard]] int eligibleCount() const;

private:
    void update();

    std::unique_ptr<Ui::BatchReleaseDialog> m_ui;
};

} // namespace sgl::app
