#pragma once
// A word-wrapped label that asks its layout for the height its text needs at its current width.
// QSplitter and QTabWidget do not pass height-for-width on, so a plain wrapped QLabel is given
// one line and its second is cut off: a metrics line must be read whole.

#include <QLabel>
#include <QResizeEvent>

namespace ik::ui {

class FitLabel : public QLabel {
public:
    explicit FitLabel(QWidget* parent = nullptr) : QLabel(parent) { setWordWrap(true); }
    QSize minimumSizeHint() const override {
        QSize size = QLabel::minimumSizeHint();
        if (width() > 0 && !text().isEmpty())
            size.setHeight(std::max(size.height(), heightForWidth(width())));
        return size;
    }
    QSize sizeHint() const override {
        QSize size = QLabel::sizeHint();
        size.setHeight(std::max(size.height(), minimumSizeHint().height()));
        return size;
    }

protected:
    void resizeEvent(QResizeEvent* event) override {
        QLabel::resizeEvent(event);
        if (event->size().width() != event->oldSize().width())
            updateGeometry(); // the height it needs depends on the width
    }
};

} // namespace ik::ui
