#pragma once

#include "domain/identity/Patient.h"
#include "workflow/identity/MergePatients.h"
#include "workflow/identity/ReviewDuplicates.h"

#include <QDialog>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace Ui {
class PatientMergeDialog;
}

namespace sgl::app {

class IdentityComparison;
class IdentityStatusBadge;

/**
 * Identity vigilance: the probable duplicates of the records the Accueil shows (the selected
 * patient, else the search results), then for the chosen pair the two identities side by side
 * (strict traits, used traits, INS with the RNIV status badge, IPP, dossier count; differences
 * highlighted), the choice of the surviving record, a mandatory reason and an explicit
 * confirmation that the merge cannot be undone.
 *
 * The rules are the domain's (domain::PatientMerge through workflow::identity::ReviewDuplicates):
 * a pair it refuses (two different INS, a record already merged) shows its message and cannot be
 * merged; the recommended survivor is preselected and the resulting identity status of the chosen
 * survivor is stated. The merge runs MergePatients with the versions read for the display: a
 * record changed meanwhile is refused ("storage.conflict"), nothing is merged and the pair is
 * read again. Both use cases check Permission::PatientMerge themselves.
 *
 * Non-blocking: no nested event loop (tests drive the public slots directly).
 */
class PatientMergeDialog : public QDialog {
    Q_OBJECT
public:
    PatientMergeDialog(workflow::identity::ReviewDuplicates &review, workflow::identity::MergePatients &merge,
                       QList<qint64> startingPatientIds, QWidget *parent = nullptr);
    ~PatientMergeDialog() override;

    /** Reads the pairs again (keeps the selected pair when it is still proposed). */
    bool refresh();
    [[nodiscard]] int pairCount() const { return static_cast<int>(m_pairs.size()); }
    [[nodiscard]] const QList<workflow::identity::DuplicatePair> &pairs() const { return m_pairs; }
    /** Loads the side-by-side view of the row'th pair; false with a message on error. */
    bool selectPair(int row);
    [[nodiscard]] const std::optional<workflow::identity::MergePreview> &preview() const { return m_preview; }
    /** Chooses the surviving record (one of the two shown). */
    void chooseSurvivor(qint64 patientId);
    [[nodiscard]] qint64 survivorId() const;
    /** Labels of the compared rows whose values differ. */
    [[nodiscard]] QStringList differingTraits() const;

    /** Checks the form (reason) and asks for confirmation; nothing is merged yet. */
    void requestMerge();
    [[nodiscard]] bool isConfirming() const;
    /** Runs the merge after confirmation. */
    void confirmMerge();
    void cancelConfirmation();

    [[nodiscard]] QString messageText() const;
    [[nodiscard]] QString reasonErrorText() const;
    /** The rule / recommendation shown under the survivor choice. */
    [[nodiscard]] QString ruleText() const;
    [[nodiscard]] IdentityStatusBadge *leftBadge() const { return m_leftBadge; }
    [[nodiscard]] IdentityStatusBadge *rightBadge() const { return m_rightBadge; }
    /** The last merge done in this dialog. */
    [[nodiscard]] const std::optional<workflow::identity::MergeResult> &lastMerge() const { return m_lastMerge; }

signals:
    /** A merge was stored: the Accueil refreshes what it shows. */
    void merged(const sgl::domain::Patient &survivor, const sgl::domain::Patient &mergedRecord);

private:
    void showPairs();
    void showPreview();
    void clearPreview();
    void updateOutcome();
    void updateButtons();
    void showMessage(const QString &text, bool error);
    void showReasonError(const QString &text);
    [[nodiscard]] const domain::Patient *survivor() const;
    [[nodiscard]] const domain::Patient *duplicate() const;

    std::unique_ptr<Ui::PatientMergeDialog> m_ui;
    workflow::identity::ReviewDuplicates &m_review;
    workflow::identity::MergePatients &m_merge;
    QList<qint64> m_startingIds;
    QList<workflow::identity::DuplicatePair> m_pairs;
    std::optional<workflow::identity::MergePreview> m_preview;
    std::optional<workflow::identity::MergeResult> m_lastMerge;
    QStringList m_differing;
    std::unique_ptr<IdentityComparison> m_comparison;
    IdentityStatusBadge *m_leftBadge;
    IdentityStatusBadge *m_rightBadge;
};

} // namespace sgl::app
