#pragma once

#include "domain/catalogue/Catalogue.h"
#include "domain/security/UserSession.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace sgl::workflow {
class CatalogueAdmin;
}

namespace Ui {
class ChapterEditDialog;
}

namespace sgl::app {

/**
 * Creates or edits a report chapter or sub-chapter (code, label, CR-BIO section LOINC, parent
 * chapter, order) with a mandatory reason, through CatalogueAdmin::saveChapter. The code is
 * typed only at creation and must not already be used by a chapter; the parent is a top chapter
 * (one level of sub-chapters, as the CR-BIO sections). Refusals keep the dialog open with every
 * problem, naming the field.
 */
class ChapterEditDialog : public QDialog {
    Q_OBJECT
public:
    /** `chapter` empty: creation. `catalogue` gives the parents offered and the codes in use. */
    ChapterEditDialog(workflow::CatalogueAdmin &admin, domain::UserSession session,
                      const domain::Catalogue &catalogue, std::optional<domain::Chapter> chapter,
                      QWidget *parent = nullptr);
    ~ChapterEditDialog() override;

    [[nodiscard]] QString errorText() const;
    [[nodiscard]] QString savedCode() const { return m_savedCode; }
    /** Selects parent `code` in the combo (empty: top chapter); false when not offered. */
    bool setParentCode(const QString &code);

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::ChapterEditDialog> m_ui;
    workflow::CatalogueAdmin &m_admin;
    domain::UserSession m_session;
    std::optional<domain::Chapter> m_original;
    QString m_savedCode;
};

} // namespace sgl::app
