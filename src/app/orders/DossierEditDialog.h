#pragma once

#include "domain/Error.h"
#include "domain/identity/Patient.h"
#include "workflow/orders/DossierLookup.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sgl::app {

class ClinicalQuestionsForm;
class ExamPicker;
class LabelActions;
class OrderServices;

/**
 * The dossiers of one patient after their creation: pick one, see its exams (cancelled ones with
 * who, when and why) and tubes; add exams (with the clinical questions they need) or cancel one
 * with a reason while the dossier is open; print or reprint its labels.
 *
 * Edits carry the version of the dossier shown (OrderEntry): when another workstation changed it
 * meanwhile the change is refused (storage.conflict), the message says so and the dossier is
 * reloaded; nothing was stored.
 */
class DossierEditDialog : public QDialog {
    Q_OBJECT
public:
    DossierEditDialog(OrderServices &services, domain::Patient patient, QWidget *parent = nullptr);
    ~DossierEditDialog() override;

    /** Reloads the list of dossiers and shows the one of `dossierId` (0: the newest). */
    bool reload(qint64 dossierId = 0);
    /** The dossier shown, as last read. */
    [[nodiscard]] const std::optional<workflow::orders::DossierDetails> &current() const { return m_current; }
    bool addExams();
    /** Cancels the exam of `code` with the reason typed; false with the error shown. */
    bool cancelExam(const QString &code);
    [[nodiscard]] QString messageText() const;

    [[nodiscard]] QComboBox *dossierCombo() const { return m_dossiers; }
    [[nodiscard]] QTableWidget *examTable() const { return m_examTable; }
    [[nodiscard]] QLineEdit *reasonEdit() const { return m_reason; }
    [[nodiscard]] ExamPicker *picker() const { return m_picker; }
    [[nodiscard]] ClinicalQuestionsForm *questions() const { return m_questions; }
    [[nodiscard]] LabelActions *labels() const { return m_labels; }

private:
    bool showDossier(qint64 dossierId);
    void refreshQuestions();
    void showMessage(const QString &text, bool error);
    /** Shows a refusal; a concurrent change also reloads the dossier. */
    void showError(const domain::Error &error);
    void cancelSelected();

    OrderServices &m_services;
    domain::Patient m_patient;
    std::optional<workflow::orders::DossierDetails> m_current;
    QComboBox *m_dossiers;
    QLabel *m_summary;
    QTableWidget *m_examTable;
    QTableWidget *m_tubeTable;
    QLineEdit *m_reason;
    QPushButton *m_cancelButton;
    QPushButton *m_addButton;
    ExamPicker *m_picker;
    ClinicalQuestionsForm *m_questions;
    LabelActions *m_labels;
    QLabel *m_message;
    bool m_loading = false;
};

} // namespace sgl::app
