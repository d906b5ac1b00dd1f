#pragma once

#include "domain/lab/LabelLayout.h"

#include <QWidget>

#include <memory>

namespace Ui {
class LabelLayoutEditor;
}

namespace sgl::app {

/**
 * Edits the lab's tube-label layout (size and margins in mm, symbology, module width, printer
 * resolution, printed fields) with a live preview of a synthetic label drawn exactly as it will
 * be printed (interop/labels), and the first problem domain::LabelLayout::validate() finds shown
 * under it. Holds no rule itself: validation is the domain's, saving the caller's
 * (workflow::report::LabSettings).
 */
class LabelLayoutEditor : public QWidget {
    Q_OBJECT
public:
    explicit LabelLayoutEditor(QWidget *parent = nullptr);
    ~LabelLayoutEditor() override;

    void setLabelLayout(const domain::LabelLayout &layout);
    [[nodiscard]] domain::LabelLayout labelLayout() const;
    void setReadOnly(bool readOnly);
    /** Gives focus to the field of a "label.*" setting key (after a refusal). */
    void focusSetting(const QString &key);
    /** The problem shown under the preview, empty when the layout is printable. */
    [[nodiscard]] QString problemText() const;
    /** The preview as drawn (null when the layout cannot be drawn). */
    [[nodiscard]] QImage previewImage() const;

    /** French name of a printed field ("Nom et prénom", "Date de naissance"...). */
    [[nodiscard]] static QString fieldName(domain::LabelField field);

private:
    void refreshPreview();

    std::unique_ptr<Ui::LabelLayoutEditor> m_ui;
    QImage m_preview;
    bool m_loading = false;
};

} // namespace sgl::app
