#pragma once

#include "app/reception/IdentityForm.h"
#include "domain/identity/Patient.h"
#include "domain/security/UserSession.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class ReceptionView;
}
namespace sgl::workflow::identity {
class QualifyIdentity;
struct InsiLookup;
} // namespace sgl::workflow::identity

namespace sgl::app {

class BirthPlacePicker;
class CpsPinDialog;
class IdentityStatusBadge;
class InsiLookupDialog;
class PatientMergeDialog;
class PatientListModel;
class ReceptionServices;

/**
 * Accueil: patient search (exact and phonetic), then the identity form of the selected patient
 * or of a new one: strict traits, used traits, birth place (COG), contact, RNIV attributes and
 * identity documents seen; the RNIV status badge is always in view. Keyboard-first: Ctrl+F goes
 * to the search, Enter in a search field searches, Ctrl+N starts a new patient, Ctrl+S saves,
 * Échap cancels.
 *
 * Creation searches duplicates first (RegisterPatient): when candidates exist nothing is stored,
 * they are listed, and the user must confirm it is another person. Every change goes through the
 * identity use cases (RNIV status rules, optimistic lock, audit); the form shows what they
 * stored. Read-only sessions (biologists) can search and consult only.
 */
class ReceptionView : public QWidget {
    Q_OBJECT
public:
    ReceptionView(std::unique_ptr<ReceptionServices> services, domain::UserSession session,
                  bool readOnly, QWidget *parent = nullptr);
    ~ReceptionView() override;

    [[nodiscard]] PatientListModel *model() const { return m_model; }
    [[nodiscard]] std::optional<domain::Patient> currentPatient() const { return m_current; }
    [[nodiscard]] bool isCreating() const { return m_creating; }
    /** Message under the patient header (errors, duplicates, confirmations). */
    [[nodiscard]] QString messageText() const;

    /** Runs the search typed in the search bar; false with a message on bad input. */
    bool search();
    /** Opens the form of the row'th result. */
    void openRow(int row);
    void startNewPatient();
    /** Saves the form (creation or edit). */
    void save();
    /** Confirms a creation despite the duplicates listed. */
    void confirmDuplicates();
    void addEvidence();
    void applyAttributes();
    void cancel();
    /** Queries INSi for the current patient and opens the comparison dialog (non-blocking). */
    void lookupInsi();
    /** The INSi dialog while open (tests drive it), null otherwise. */
    [[nodiscard]] InsiLookupDialog *insiDialog() const;
    /** CPx mode: asks the card's PIN (non-blocking); once given, queries INSi with the card and opens the
     *  comparison dialog; the card is released when that dialog closes. */
    void lookupInsiWithCard();
    /** The PIN dialog while open (tests drive it), null otherwise. */
    [[nodiscard]] CpsPinDialog *pinDialog() const;
    /**
     * Opens the duplicates / merge dialog (non-blocking) on the selected patient, else on the
     * search results; shown only to users with Permission::PatientMerge. After a merge the
     * results and the form show the surviving record.
     */
    void openMergeDialog();
    /** The merge dialog while open (tests drive it), null otherwise. */
    [[nodiscard]] PatientMergeDialog *mergeDialog() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    /** The patient shown, or the creation mode, changed (other features enable their actions). */
    void currentPatientChanged();

private:
    [[nodiscard]] std::optional<IdentityForm::Data> readForm();
    void showPatient(const domain::Patient &patient);
    void clearForm();
    void showMessage(const QString &text, bool error);
    void replaceInResults(const domain::Patient &patient);
    void openInsiDialog(workflow::identity::QualifyIdentity &qualify, workflow::identity::InsiLookup lookup);
    void updateButtons();
    /** Gives the form column the width its widgets need (no horizontal scrolling in the form). */
    void fitFormWidth();
    /** Keeps the search's birth date and IPP fields wide enough for a whole date and IPP. */
    void fitSearchFields();
    void runRegistration(bool duplicatesReviewed);
    void afterMerge(const domain::Patient &survivor, const domain::Patient &merged);

    std::unique_ptr<Ui::ReceptionView> m_ui;
    std::unique_ptr<ReceptionServices> m_services;
    domain::UserSession m_session;
    bool m_readOnly;
    PatientListModel *m_model;
    IdentityStatusBadge *m_badge;
    BirthPlacePicker *m_birthPlace = nullptr; ///< completion + place name of the COG field
    std::unique_ptr<IdentityForm> m_form;
    QList<domain::Patient> m_results;
    std::optional<domain::Patient> m_current;
    bool m_creating = false;
    bool m_awaitingDuplicateReview = false;
    QList<domain::IdentityEvidence> m_newEvidence; ///< documents seen before creation
    QPointer<InsiLookupDialog> m_insiDialog;
    QPointer<CpsPinDialog> m_pinDialog;
    QPushButton *m_insiCardButton = nullptr;
    QPointer<PatientMergeDialog> m_mergeDialog;
    bool m_canMerge = false; ///< session has Permission::PatientMerge
};

} // namespace sgl::app
