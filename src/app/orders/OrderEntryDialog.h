#pragma once

#include "domain/Error.h"
#include "domain/identity/Patient.h"
#include "workflow/orders/OrderEntry.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace sgl::app {

class ClinicalQuestionsForm;
class ExamPicker;
class LabelActions;
class OrderServices;

/**
 * Dossier (request) entry at the desk for one patient: prescriber (name, RPPS, MSSanté), copies
 * to correspondents, prescription date, sampling (time, sampler kind and name), origin and ward,
 * priority, exams picked by code or label (panels show their analyses), the clinical questions
 * the chosen analyses require (recomputed as exams and yes/no answers change), report
 * recipients (the patient's MSSanté copy only when the INS is qualified).
 *
 * Saving calls OrderEntry::create (permission, rules, audit, one transaction): a refusal shows
 * its French message and focuses the field it names; nothing is stored. A wrong RPPS key is
 * shown as a warning while typing and after saving, never a refusal. After creation the dialog
 * shows the dossier number, its tubes and the label actions (print, PDF).
 */
class OrderEntryDialog : public QDialog {
    Q_OBJECT
public:
    OrderEntryDialog(OrderServices &services, domain::Patient patient, QWidget *parent = nullptr);
    ~OrderEntryDialog() override;

    /** The request as the form holds it. */
    [[nodiscard]] workflow::orders::DossierRequest request() const;
    /** Creates the dossier; false with the error shown (and its field focused). */
    bool create();
    [[nodiscard]] const std::optional<workflow::orders::DossierChange> &created() const { return m_created; }
    /** Message under the form (errors, RPPS warning) or the summary's warnings. */
    [[nodiscard]] QString messageText() const;
    /** The RPPS key warning next to the field (empty when the key is right or the field empty). */
    [[nodiscard]] QString rppsWarning() const;

    // The form's inputs, for keyboard-free tests.
    [[nodiscard]] QLineEdit *prescriberName() const { return m_prescriberName; }
    [[nodiscard]] QLineEdit *prescriberRpps() const { return m_prescriberRpps; }
    [[nodiscard]] QLineEdit *prescriberMssante() const { return m_prescriberMssante; }
    [[nodiscard]] QTableWidget *correspondents() const { return m_correspondents; }
    void addCorrespondent(const QString &name = {}, const QString &rpps = {}, const QString &mssante = {});
    [[nodiscard]] QDateEdit *prescribedOn() const { return m_prescribedOn; }
    [[nodiscard]] QCheckBox *sampled() const { return m_sampled; }
    [[nodiscard]] QDateTimeEdit *sampledAt() const { return m_sampledAt; }
    [[nodiscard]] QComboBox *samplerKind() const { return m_samplerKind; }
    [[nodiscard]] QLineEdit *samplerName() const { return m_samplerName; }
    [[nodiscard]] QComboBox *origin() const { return m_origin; }
    [[nodiscard]] QLineEdit *ward() const { return m_ward; }
    [[nodiscard]] QComboBox *priority() const { return m_priority; }
    [[nodiscard]] QCheckBox *toPrescriber() const { return m_toPrescriber; }
    [[nodiscard]] QCheckBox *toPatient() const { return m_toPatient; }
    [[nodiscard]] QCheckBox *paperCopy() const { return m_paperCopy; }
    [[nodiscard]] ExamPicker *exams() const { return m_exams; }
    [[nodiscard]] ClinicalQuestionsForm *questions() const { return m_questions; }
    [[nodiscard]] LabelActions *labels() const { return m_labels; }
    [[nodiscard]] QTableWidget *tubes() const { return m_tubes; }

private:
    [[nodiscard]] QWidget *buildRequestColumn();
    [[nodiscard]] QWidget *buildExamColumn();
    [[nodiscard]] QWidget *buildSummary();
    void refreshQuestions();
    void updateRppsWarning();
    void updateEnabled();
    void showMessage(const QString &text, bool error);
    void showError(const domain::Error &error);
    void showSummary();

    OrderServices &m_services;
    domain::Patient m_patient;
    std::optional<workflow::orders::DossierChange> m_created;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_prescriberName = nullptr;
    QLineEdit *m_prescriberRpps = nullptr;
    QLineEdit *m_prescriberMssante = nullptr;
    QLabel *m_rppsWarning = nullptr;
    QTableWidget *m_correspondents = nullptr;
    QDateEdit *m_prescribedOn = nullptr;
    QCheckBox *m_sampled = nullptr;
    QDateTimeEdit *m_sampledAt = nullptr;
    QComboBox *m_samplerKind = nullptr;
    QLineEdit *m_samplerName = nullptr;
    QComboBox *m_origin = nullptr;
    QLineEdit *m_ward = nullptr;
    QComboBox *m_priority = nullptr;
    QCheckBox *m_toPrescriber = nullptr;
    QCheckBox *m_toPatient = nullptr;
    QCheckBox *m_paperCopy = nullptr;
    ExamPicker *m_exams = nullptr;
    ClinicalQuestionsForm *m_questions = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_createButton = nullptr;
    QLabel *m_summaryTitle = nullptr;
    QLabel *m_summaryWarnings = nullptr;
    QTableWidget *m_tubes = nullptr;
    LabelActions *m_labels = nullptr;
};

} // namespace sgl::app
