// Value lists shared by the pgEnums and the zod schemas, so the two can never disagree.
export const userStatuses = ['pending_verification', 'active', 'suspended', 'deactivated'] as const;
export const userRoles = ['traveler', 'host', 'guide', 'moderator', 'admin'] as const;
export const identityProviders = ['google', 'facebook', 'apple', 'github', 'microsoft', 'twitter'] as const;
export const socialConnectionStatuses = ['pending', 'accepted', 'declined', 'blocked'] as const;
export const travelStyles = ['budget', 'comfort', 'luxury', 'backpacker', 'family', 'business', 'adventure'] as const;
export const unitSystems = ['metric', 'imperial'] as const;

export const USERNAME_PATTERN = /^[a-z0-9_.]{3,30}$/;
