#pragma once

#include "domain/security/UserSession.h"
#include "workflow/specimens/TubeBoard.h"

#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class SpecimenReceptionView;
}

namespace sgl::app {

class NonConformityDialog;
class ScanListModel;
class SpecimenServices;
class TubeListModel;

/**
 * « Réception des tubes »: the scan field takes a keyboard-wedge scan and Enter; each scan calls
 * SpecimenReception::receive and the outcome is shown big, green when received and red with the
 * French refusal otherwise; the field is then cleared and focused again for the next tube. The
 * scans of the day are listed; the tubes of the last scanned (or selected) dossier are shown
 * with their state and non-conformities, and « Non-conformité… » records one for the selected
 * tube. « Rester sur ce dossier » refuses tubes of another dossier. Read-only sessions
 * (biologists) consult the tubes but neither scan nor record.
 */
class SpecimenReceptionView : public QWidget {
    Q_OBJECT
public:
    SpecimenReceptionView(std::unique_ptr<SpecimenServices> services, domain::UserSession session, bool readOnly,
                          QWidget *parent = nullptr);
    ~SpecimenReceptionView() override;

    [[nodiscard]] ScanListModel *scanModel() const { return m_scans; }
    [[nodiscard]] TubeListModel *tubeModel() const { return m_tubes; }
    /** The last outcome shown ("" before the first scan). */
    [[nodiscard]] QString outcomeText() const;
    /** True when the last outcome was a reception, false for a refusal. */
    [[nodiscard]] bool lastScanReceived() const { return m_lastReceived; }
    [[nodiscard]] qint64 currentDossierId() const { return m_board.dossier.id; }

    /** Receives the scanned barcode (what Enter in the scan field does). */
    void submitScan();
    /** Shows the dossier of the scan on `row` of the scans list. */
    void showScan(int row);
    /** Opens the non-conformity dialog for the tube on `row`; `prepare` fills it in tests. */
    void recordNonConformity(int row, const std::function<void(NonConformityDialog &)> &prepare = {});

private:
    void showOutcome(const QString &text, bool received);
    bool loadDossier(qint64 dossierId, const QString &barcode = {});
    void updateButtons();

    std::unique_ptr<Ui::SpecimenReceptionView> m_ui;
    std::unique_ptr<SpecimenServices> m_services;
    domain::UserSession m_session;
    bool m_readOnly;
    ScanListModel *m_scans;
    TubeListModel *m_tubes;
    workflow::specimens::DossierTubes m_board;
    bool m_lastReceived = false;
};

} // namespace sgl::app
