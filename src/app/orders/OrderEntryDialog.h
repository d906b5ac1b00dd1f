#pragma once

#include "app/widgets/RppsFlag.h"
#include "domain/Error.h"
#include "domain/directory/DirectoryProfessional.h"
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
 *
 * The prescriber and the copies can be picked from the Annuaire Santé (DirectoryPickerDialog:
 * name, RPPS and MSSanté address filled, the professional's own mailbox first). A prescriber
 * or copy whose RPPS is unknown to the directory (or inactive), has a wrong key or is not 11
 * digits is flagged with a warning icon and a tooltip naming the extraction date (RppsFlag):
 * a flag, never a refusal.
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
    /** Opens the directory picker for the prescriber / for a new copy; false when nothing was chosen. */
    bool pickPrescriber();
    bool pickCorrespondent();
    /** Fills the prescriber fields from a directory professional (name, RPPS, MSSanté). */
    void fillPrescriber(const domain::DirectoryProfessional &professional);
    /** Adds a copy row from a directory professional. */
    void addCorrespondentFrom(const domain::DirectoryProfessional &professional);
    /** The prescriber's RPPS flag (French tooltip), empty when not flagged. */
    [[nodiscard]] QString prescriberFlag() const;
    /** The flag of the copy on `row`, empty when not flagged. */
    [[nodiscard]] QString correspondentFlag(int row) const;
    [[nodiscard]] QPushButton *prescriberPickButton() const { return m_pickPrescriber; }
    [[nodiscard]] QPushButton *correspondentPickButton() const { return m_pickCorrespondent; }
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
    void updatePrescriberFlag();
    void updateCorrespondentFlag(int row);
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
    QLabel *m_prescriberFlag = nullptr;
    QPushButton *m_pickPrescriber = nullptr;
    QPushButton *m_pickCorrespondent = nullptr;
    RppsFlag m_flags;
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
