#include "thumbnails.h"

#include "conversationmodel.h"

#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPixmapCache>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace ik {

namespace {
constexpr int kGap = 4;
}

QPixmap imageThumbnail(const QByteArray& bytes, const QString& key, const QString& format,
                       int edge) {
    const QString cacheKey = u"ik-thumb:%1:%2"_s.arg(key).arg(edge);
    QPixmap pixmap;
    if (QPixmapCache::find(cacheKey, &pixmap))
        return pixmap;
    const QImage image = QImage::fromData(bytes);
    if (!image.isNull()) {
        pixmap = QPixmap::fromImage(
            image.scaled(edge, edge, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    } else {
        pixmap = QPixmap(edge, edge);
        pixmap.fill(QColor(0x80, 0x80, 0x80, 0x40));
        QPainter p(&pixmap);
        p.drawRect(0, 0, edge - 1, edge - 1);
        p.drawText(pixmap.rect(), Qt::AlignCenter, format.isEmpty() ? u"?"_s : format);
    }
    QPixmapCache::insert(cacheKey, pixmap);
    return pixmap;
}

ThumbnailStrip::ThumbnailStrip(bool removable, int edge, QWidget* parent)
    : QWidget(parent), m_removable(removable), m_edge(edge), m_row(new QHBoxLayout(this)) {
    m_row->setContentsMargins(0, 0, 0, 0);
    m_row->setSpacing(kGap * 2);
    m_row->addStretch(1);
}

void ThumbnailStrip::setItems(const QList<Item>& items) {
    m_items = items;
    while (m_row->count() > 1) { // the stretch stays last
        QLayoutItem* item = m_row->takeAt(0);
        // Later, not now: the remove button being clicked is inside one of these tiles.
        if (QWidget* tile = item->widget()) {
            tile->hide();
            tile->setParent(nullptr);
            tile->deleteLater();
        }
        delete item;
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        auto* tile = new QWidget(this);
        auto* tileRow = new QHBoxLayout(tile);
        tileRow->setContentsMargins(0, 0, 0, 0);
        tileRow->setSpacing(0);
        auto* picture = new QLabel(tile);
        picture->setObjectName(u"thumbnail"_s);
        picture->setPixmap(imageThumbnail(items[i].bytes, items[i].key, items[i].format, m_edge));
        picture->setToolTip(items[i].label);
        picture->setAccessibleName(items[i].label);
        tileRow->addWidget(picture);
        if (m_removable) {
            auto* remove = new QToolButton(tile);
            remove->setObjectName(u"removeAttachment"_s);
            remove->setText(u"×"_s);
            remove->setToolTip(tr("Remove %1").arg(items[i].label));
            remove->setAccessibleName(tr("Remove %1").arg(items[i].label));
            remove->setAutoRaise(true);
            connect(remove, &QToolButton::clicked, this,
                    [this, i] { emit removeRequested(int(i)); });
            tileRow->addWidget(remove, 0, Qt::AlignTop);
        }
        m_row->insertWidget(int(i), tile);
        tile->show(); // at once: the layout would show a tile added to a shown strip only later
    }
    setVisible(!items.isEmpty());
}

QList<ThumbnailStrip::Item> ThumbnailStrip::itemsFromRole(const QVariantList& images) {
    QList<Item> items;
    for (const QVariant& v : images) {
        const QVariantMap m = v.toMap();
        items.append({m[u"bytes"_s].toByteArray(), m[u"sha256"_s].toString(),
                      m[u"format"_s].toString(), m[u"label"_s].toString()});
    }
    return items;
}

ThumbnailDelegate::ThumbnailDelegate(QObject* parent, int edge)
    : QStyledItemDelegate(parent), m_edge(edge) {}

void ThumbnailDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const {
    const QVariantList images = index.data(ConversationModel::ImagesRole).toList();
    if (images.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem rest = option;
    const int width = int(images.size()) * (m_edge + kGap);
    rest.rect.setLeft(option.rect.left() + width);
    QStyledItemDelegate::paint(painter, rest, index);
    int x = option.rect.left();
    for (const ThumbnailStrip::Item& item : ThumbnailStrip::itemsFromRole(images)) {
        const QPixmap pixmap = imageThumbnail(item.bytes, item.key, item.format, m_edge);
        const int y = option.rect.top() + (option.rect.height() - pixmap.height()) / 2;
        painter->drawPixmap(x + (m_edge - pixmap.width()) / 2, y, pixmap);
        x += m_edge + kGap;
    }
}

QSize ThumbnailDelegate::sizeHint(const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int n = index.data(ConversationModel::ImageCountRole).toInt();
    if (n > 0)
        size = QSize(size.width() + n * (m_edge + kGap), qMax(size.height(), m_edge + kGap));
    return size;
}

} // namespace ik
