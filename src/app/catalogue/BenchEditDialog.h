#pragma once

#include "domain/catalogue/Bench.h"
#include "domain/security/UserSession.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace sgl::workflow {
class CatalogueAdmin;
}

namespace Ui {
class BenchEditDialog;
}

namespace sgl::app {

/**
 * Creates a bench (paillasse: code and label) or renames one (its label; the code is fixed once
 * analyses name it) with a mandatory reason, through CatalogueAdmin::saveBench. At creation the
 * code must not already be used by a bench. Refusals keep the dialog open with every problem,
 * naming the field.
 */
class BenchEditDialog : public QDialog {
    Q_OBJECT
public:
    /** `bench` empty: creation. */
    BenchEditDialog(workflow::CatalogueAdmin &admin, domain::UserSession session, std::optional<domain::Bench> bench,
                    QWidget *parent = nullptr);
    ~BenchEditDialog() override;

    [[nodiscard]] QString errorText() const;
    [[nodiscard]] QString savedCode() const { return m_savedCode; }

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::BenchEditDialog> m_ui;
    workflow::CatalogueAdmin &m_admin;
    domain::UserSession m_session;
    std::optional<domain::Bench> m_original;
    QString m_savedCode;
};

} // namespace sgl::app
