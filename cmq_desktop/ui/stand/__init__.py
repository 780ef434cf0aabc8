"""The Stand mode's kiosk: attract loop, visitor screens, staff access and panel."""
