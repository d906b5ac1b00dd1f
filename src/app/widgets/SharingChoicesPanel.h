#pragma once

#include "domain/report/SharingChoices.h"

#include <QGroupBox>

#include <memory>

namespace Ui {
class SharingChoicesPanel;
}

namespace sgl::app {

/**
 * How the report version issued next (by a validation, or from the Comptes rendus screen) is shared (domain::SharingChoices): DMP
 * sending on by default, withheld only by ticking the box for this one document AND giving a
 * reason; masking to professionals; hidden from the patient until the announcement
 * consultation; hidden from legal representatives; the patient's MSSanté copy offered (ticked)
 * only when the INS is qualified, otherwise disabled with the reason shown. The rules
 * themselves are checked by the workflow (SharingChoices::validate at issue): the panel only
 * presents them. Read-only, it shows the choices stored on an issued version.
 */
class SharingChoicesPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit SharingChoicesPanel(QWidget *parent = nullptr);
    ~SharingChoicesPanel() override;

    /** Back to the defaults for a patient whose INS is (not) qualified. */
    void reset(bool insQualified);
    [[nodiscard]] domain::SharingChoices choices() const;
    /** Sets the boxes (tests, or keeping the biologist's choice after a refusal). */
    void setChoices(const domain::SharingChoices &choices);
    [[nodiscard]] bool insQualified() const { return m_insQualified; }
    [[nodiscard]] bool patientMssOffered() const;
    /** Shows stored choices (an issued version's): nothing can be changed, no hint. */
    void setReadOnly(bool readOnly);
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }

private:
    void updateEnabled();

    std::unique_ptr<Ui::SharingChoicesPanel> m_ui;
    bool m_insQualified = false;
    bool m_readOnly = false;
};

} // namespace sgl::app
