"""Icons, translations and fonts, shipped inside the package as care_desktop.resources."""
