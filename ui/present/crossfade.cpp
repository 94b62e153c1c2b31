// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/present/crossfade.h"

#include <QPainter>
#include <QVariantAnimation>

namespace atlas {

CrossFade::CrossFade(QWidget* target, int durationMs)
    : QWidget(target), m_before(target->grab()), m_animation(new QVariantAnimation(this))
{
    setObjectName(QStringLiteral("crossFade"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    setGeometry(target->rect());
    m_animation->setDuration(durationMs);
    m_animation->setStartValue(1.0);
    m_animation->setEndValue(0.0);
    m_animation->setEasingCurve(QEasingCurve::InOutQuad);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant& value) {
        m_opacity = value.toReal();
        update();
    });
    // Hiding first makes the widgets underneath paint the whole area once more.
    connect(m_animation, &QVariantAnimation::finished, this, [this] {
        hide();
        deleteLater();
    });
    raise();
    show();
}

void CrossFade::start()
{
    m_animation->start();
}

void CrossFade::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setOpacity(m_opacity);
    painter.drawPixmap(0, 0, m_before);
}

} // namespace atlas
