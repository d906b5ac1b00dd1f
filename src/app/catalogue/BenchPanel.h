#pragma once

#include "domain/catalogue/Catalogue.h"
#include "domain/security/UserSession.h"

#include <QWidget>

#include <memory>

namespace sgl::workflow {
class CatalogueAdmin;
}

namespace Ui {
class BenchPanel;
}

namespace sgl::app {

/**
 * The "Paillasses" part of the catalogue screen: the benches (code, label, number of active
 * analyses each performs) with Nouvelle paillasse / Renommer (BenchEditDialog, reason required,
 * CatalogueAdmin::saveBench) and the history of the selected bench. Read-only roles see the
 * table and the history only. Emits catalogueChanged() after a saved change so that the screen
 * reloads the catalogue.
 */
class BenchPanel : public QWidget {
    Q_OBJECT
public:
    BenchPanel(workflow::CatalogueAdmin *admin, domain::UserSession session, bool readOnly, QWidget *parent = nullptr);
    ~BenchPanel() override;

    void setCatalogue(const domain::Catalogue &catalogue);
    /** Selects bench `code`; false when absent. */
    bool selectBench(const QString &code);
    [[nodiscard]] QString selectedCode() const;
    /** Rows shown, each "CODE|Libellé|n" (tests, status). */
    [[nodiscard]] QStringList rows() const;

    void newBench();
    void renameSelected();
    void showSelectedHistory();

signals:
    void catalogueChanged(const QString &message);

private:
    void updateButtons();

    std::unique_ptr<Ui::BenchPanel> m_ui;
    workflow::CatalogueAdmin *m_admin;
    domain::UserSession m_session;
    bool m_readOnly;
    domain::Catalogue m_catalogue;
};

} // namespace sgl::app
