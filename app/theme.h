#pragma once

#include <QString>

class QPalette;

// The application's look: "system" (the desktop's), "light" or "dark" (Fusion with Schemata's
// own palette). The choice is remembered under view/theme.
class Theme
{
public:
    // Applies the theme to the whole application and remembers it.
    static void apply(const QString &theme);
    static QPalette darkPalette();
};
