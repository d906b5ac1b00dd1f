#pragma once

#include "domain/lab/NonConformity.h"
#include "workflow/specimens/SpecimenReception.h"
#include "workflow/specimens/TubeBoard.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;

namespace Ui {
class NonConformityDialog;
}

namespace sgl::app {

/**
 * « Non-conformité… » of a tube: coded reason, comment (required for « Autre »), and for each
 * analysis of the tube its consequence (none, performed with a reservation printed on the
 * report, or cancelled with a new sample requested). OK records it through
 * SpecimenReception::recordNonConformity (permission, checks, audit there); a refusal is shown
 * in the dialog, which stays open with nothing written.
 */
class NonConformityDialog : public QDialog {
    Q_OBJECT
public:
    /** Index of the consequence combo of each analysis row. */
    enum Choice { NoEffect, Reservation, NewSample };

    NonConformityDialog(workflow::specimens::SpecimenReception &reception, const workflow::specimens::TubeRow &tube,
                        QWidget *parent = nullptr);
    ~NonConformityDialog() override;

    void setReason(domain::NonConformity::Reason reason);
    void setComment(const QString &comment);
    /** Sets the consequence of the analysis on `row` of the table. */
    void setChoice(int row, Choice choice);
    [[nodiscard]] int analysisCount() const;
    [[nodiscard]] QString errorText() const;
    /** What the last successful recording did (empty until then). */
    [[nodiscard]] const std::optional<workflow::specimens::NonConformityOutcome> &outcome() const { return m_outcome; }

    /** Records the non-conformity; accepts the dialog on success. */
    void submit();

private:
    [[nodiscard]] QComboBox *choiceCombo(int row) const;

    std::unique_ptr<Ui::NonConformityDialog> m_ui;
    workflow::specimens::SpecimenReception &m_reception;
    workflow::specimens::TubeRow m_tube;
    std::optional<workflow::specimens::NonConformityOutcome> m_outcome;
};

} // namespace sgl::app
