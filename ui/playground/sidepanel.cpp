#include "sidepanel.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace ik {

namespace {

// The collapsed strip's title, written bottom to top, so a collapsed panel still says what it
// holds; a click on it opens the panel.
class VerticalTitle : public QWidget {
public:
    VerticalTitle(const QString& text, std::function<void()> clicked, QWidget* parent)
        : QWidget(parent), m_text(text), m_clicked(std::move(clicked)) {
        setObjectName(u"sidePanelStripTitle"_s);
        setCursor(Qt::PointingHandCursor);
    }
    QSize sizeHint() const override {
        return {fontMetrics().height() + 6, fontMetrics().horizontalAdvance(m_text) + 12};
    }
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        p.setPen(palette().color(QPalette::WindowText));
        p.translate(width() / 2 - fontMetrics().height() / 2, height() - 6);
        p.rotate(-90);
        p.drawText(QPoint(0, fontMetrics().ascent()), m_text);
    }
    void mouseReleaseEvent(QMouseEvent*) override { m_clicked(); }

private:
    QString m_text;
    std::function<void()> m_clicked;
};

} // namespace

SidePanel::SidePanel(const QString& title, const QString& settingsKey, QWidget* parent)
    : QWidget(parent), m_settingsKey(settingsKey), m_title(title) {
    m_titleLabel = new QLabel(title, this);
    m_titleLabel->setObjectName(u"sidePanelTitle"_s);
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    m_action = new QAction(this);
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_button = new QToolButton(this);
    m_button->setObjectName(u"sidePanelToggle"_s);
    m_button->setAutoRaise(true);
    connect(m_button, &QToolButton::clicked, this, [this] { setExpanded(!m_expanded); });
    connect(m_action, &QAction::triggered, this, [this](bool on) { setExpanded(on); });

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(u"sidePanelScroll"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // The width is the panel's: the contents wrap into it rather than scroll sideways.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_footerHolder = new QWidget(this);
    m_footerLayout = new QVBoxLayout(m_footerHolder);
    m_footerLayout->setContentsMargins(0, 0, 0, 0);
    m_footerHolder->hide();

    m_strip = new VerticalTitle(
        title, [this] { setExpanded(true); }, this);
    auto* header = new QHBoxLayout;
    header->setContentsMargins(6, 4, 2, 0);
    header->addWidget(m_titleLabel, 1);
    header->addWidget(m_button, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 0, 0, 0); // room for the edge paintEvent draws
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_strip, 0, Qt::AlignHCenter);
    layout->addStretch(0);
    layout->addWidget(m_footerHolder);
    m_expanded = QSettings().value(m_settingsKey + u"/expanded"_s, true).toBool();
    showState();
}

void SidePanel::paintEvent(QPaintEvent*) {
    // An edge between the panel and the conversation, in the palette's own divider colour.
    QPainter p(this);
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(0, 0, 0, height());
}

void SidePanel::setContents(QWidget* contents) {
    m_scroll->setWidget(contents);
    showState();
}

QWidget* SidePanel::contents() const {
    return m_scroll->widget();
}

void SidePanel::setFooter(QWidget* footer) {
    m_footerLayout->addWidget(footer);
    m_footerHolder->setVisible(m_expanded);
}

int SidePanel::expandedWidth() const {
    // About 30 characters: the longest label ("Frequency penalty" with its box) and the preset
    // buttons, while a 1024-pixel window keeps most of its width for the conversation. Longer
    // words (Spanish, French) widen it to what its contents need, up to 45 characters, rather
    // than clip them, since the contents do not scroll sideways.
    const int chars = fontMetrics().averageCharWidth();
    const int needed = m_scroll->widget() ? m_scroll->widget()->minimumSizeHint().width() : 0;
    return qBound(chars * 30, needed, chars * 45) +
           m_scroll->verticalScrollBar()->sizeHint().width();
}

void SidePanel::setExpanded(bool on) {
    if (on == m_expanded)
        return;
    m_expanded = on;
    QSettings().setValue(m_settingsKey + u"/expanded"_s, on);
    showState();
    emit expandedChanged(on);
}

void SidePanel::showState() {
    m_titleLabel->setVisible(m_expanded);
    m_scroll->setVisible(m_expanded);
    m_strip->setVisible(!m_expanded);
    m_footerHolder->setVisible(m_expanded && m_footerLayout->count() > 0);
    m_button->setArrowType(m_expanded ? Qt::RightArrow : Qt::LeftArrow);
    const QString verb =
        m_expanded ? tr("Hide %1").arg(m_title.toLower()) : tr("Show %1").arg(m_title.toLower());
    const QString shortcut = m_action->shortcut().toString(QKeySequence::NativeText);
    m_button->setToolTip(u"%1 (%2)"_s.arg(verb, shortcut));
    m_button->setAccessibleName(verb);
    m_action->setText(tr("%1 panel").arg(m_title));
    m_action->setChecked(m_expanded);
    // Collapsed: a strip as wide as its button.
    if (m_expanded)
        setFixedWidth(expandedWidth());
    else
        setFixedWidth(m_button->sizeHint().width() + 4);
}

} // namespace ik
