#pragma once

#include "domain/catalogue/Catalogue.h"
#include "domain/security/UserSession.h"

#include <QWidget>

#include <memory>

namespace sgl::workflow {
class CatalogueAdmin;
}

namespace Ui {
class ReflexRulePanel;
}

namespace sgl::app {

class ReflexRuleTableModel;

/**
 * The "Règles réflexes" part of the catalogue screen: the rules table (ReflexRuleTableModel)
 * with Nouvelle / Modifier (ReflexRuleDialog) / Supprimer (reason asked, removeReflexRule) and
 * the history of the selected rule. Read-only roles see the table and the history only.
 * Refusals are shown above the table. Emits catalogueChanged() after a saved change so that the
 * screen reloads the catalogue.
 */
class ReflexRulePanel : public QWidget {
    Q_OBJECT
public:
    ReflexRulePanel(workflow::CatalogueAdmin *admin, domain::UserSession session, bool readOnly,
                    QWidget *parent = nullptr);
    ~ReflexRulePanel() override;

    void setCatalogue(const domain::Catalogue &catalogue);
    [[nodiscard]] ReflexRuleTableModel *model() const { return m_model; }
    [[nodiscard]] QString problemText() const;
    /** Selects rule `code`; false when absent. */
    bool selectRule(const QString &code);
    [[nodiscard]] QString selectedCode() const;
    /** Deletes rule `code` with `reason`; refusals (empty reason...) are shown; true when deleted. */
    bool deleteRule(const QString &code, const QString &reason);

    void newRule();
    void editSelected();
    void deleteSelected();
    void showSelectedHistory();

signals:
    void catalogueChanged(const QString &message);

private:
    void updateButtons();

    std::unique_ptr<Ui::ReflexRulePanel> m_ui;
    workflow::CatalogueAdmin *m_admin;
    domain::UserSession m_session;
    bool m_readOnly;
    domain::Catalogue m_catalogue;
    ReflexRuleTableModel *m_model;
};

} // namespace sgl::app
