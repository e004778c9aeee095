/** Spanish: corpus lines (format in ./table.ts). */
import { table } from './table';

export const ES = table(`
  out es | BAJA
  out es | baja
  out es | Baja por favor
  out es | darme de baja
  out es | Quiero darme de baja
  out es | Denme de baja de esta lista
  out es | DETENER
  out es | no quiero más mensajes
  out es | No quiero recibir más mensajes
  out es | ya no quiero recibir promociones
  out es | no me envíen más
  out es | No me manden más mensajes por favor
  out es | dejen de enviarme mensajes
  out es | Deja de escribirme
  out es | quítenme de la lista
  out es | Bórrenme de su lista
  out es | No más
  out es | no mas mensajes
  out es | desuscribirme
  out es | SALIR
  out es all | baja de todo
  out es cat:offers | no quiero más ofertas
  out es | basta de mensajes
  out es | stop por favor
  out es | ¡Paren ya de mandarme publicidad!
  out es | eliminen mi número de su base de datos
  out es | Ya no me manden mensajes
  out es | No me escriban más
  out es | Por favor dejen de enviarme promociones
  out es | Quiero darme de baja de las promociones
  out es | dar de baja
  out es | No quiero recibir más promociones
  out es | sáquenme de su lista
  out es | No me interesa, dejen de escribirme
  out es | Borra mi número
  out es | no me contacten más
  out es | Detengan los mensajes
  out es | Ya no quiero recibir nada
  out es | BAJA TODO
  out - | Cancela
  out es | Ya no quiero mensajes
  out es | Favor de no enviar más mensajes
  out es | No quiero que me sigan mandando cosas
  out es | Darme de baja por favor
  out es | Que dejen de mandarme mensajes
  out es | Elimíname de la lista
  out es | Ya basta de mensajes
  out es | NO MAS
  out es | Dejen de molestar
  out - | pare de mandar
  out es | Ya deja de mandarme mensajes
  out es | Cancelen mi suscripción
  out es | Quítenme de sus listas
  out es | Por favor no me envíen más publicidad
  out es | No quiero seguir recibiendo mensajes
  out es | Ya no me escriban
  out es | No me manden nada más
  out es | Por favor, ya no quiero recibir sus mensajes
  out es | Me quiero dar de baja
  out es | Salir de la lista
  out es | Quiero dejar de recibir mensajes
  out - | Basta con lo spam
  out es | Ya no quiero que me escriban
  out es | Por favor eliminen mi número
  out es | No deseo recibir más información
  likely es | demasiados mensajes
  likely es | ¿por qué me siguen escribiendo?
  likely es | esto es spam
  likely es | No me interesa
  likely es | que pesados
  likely es | Me llegan demasiados mensajes
  likely es | ¿Por qué me mandan tantos mensajes?
  likely es | Esto es molesto
  likely es | No, gracias
  likely es | Mucho spam
  likely es | Siempre me mandan mensajes
  notout es | no paren de enviarme ofertas
  notout es | No pares nunca
  none es | el precio baja
  none es | alta calidad
  none es | ¿El precio baja mañana?
  none es | quiero cancelar mi pedido
  none es | Para mí está bien
  none es | gracias
  none es | hola, ¿tienen envío a domicilio?
  none es | voy a salir de casa
  none - | La temperatura baja en la noche
  none - | ¿Cuándo baja el precio?
  none - | Quiero cancelar mi reserva
  none - | Producto de alta calidad
  none - | Gracias por la oferta
  none - | Voy a salir a comprar
  none - | Quando vai parar de chover?
  none - | El precio de la gasolina baja
  none - | Hay alta demanda
  none - | ¿Dónde está la parada del autobús?
  none - | Cancelar el pedido 456
  none - | La fermata dell'autobus
  none - | ¿Tienen envío gratis?
  none - | Quiero saber dónde está mi pedido
  none - | Mándame la factura por favor
  none - | No recibí el producto
  none - | El paquete no llega
  none - | ¿Puedo pagar con tarjeta?
  none - | Baja el volumen
  none - | Hoy no puedo salir
  none - | Para el lunes está bien
  none - | Cancela la orden por favor
  none - | Quiero dar de baja mi tarjeta
  help es | AYUDA
  help es | ¿cómo me doy de baja?
  help es | ¿Cómo dejo de recibir mensajes?
  help es | ¿Cómo puedo darme de baja?
  help es | ¿Qué tengo que escribir para darme de baja?
  status es | ¿estoy suscrito?
  status es | ¿Sigo en la lista?
  status es | ¿Sigo suscrito?
  status es | ¿Ya me dieron de baja?
  in es | ALTA
  in es | alta
  in es | volver a recibir
  in es | Quiero volver a recibir las ofertas
  in es | darme de alta
  in es | COMENZAR
  in es | Quiero volver a recibir mensajes
  in es | Suscribirme
  in es | Alta por favor
  in es | Quiero recibir promociones otra vez
  none - | ¿Cuándo baja la oferta?
  none - | Me bajo en la próxima parada
  none - | No, el otro
  out es | porfavor ya no me manden msj
  out es | no kiero mas mensajes
  out es | dejen de mandar publicidad
  out es | Ya no me envíes nada
  out es | eliminar mi numero
  out es | Favor de darme de baja
  out es | Quiero que me quiten de la lista
  out es | No quiero recibir sus promociones
  out es | quitar suscripción
  likely es | Que fastidio con tanto mensaje
  out es | No me envíen más ofertas, gracias
  out es | Por favor dejen de contactarme
  none es | Mándenme otra vez el enlace de pago
  none es | me reenvían la factura porfa
  help es | ¿dónde está el enlace para darme de baja? no lo veo
  none es | no me interesa el azul, ¿tienen el verde?
`);
